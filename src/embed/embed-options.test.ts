import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-dialog-body.tsx';
import { heightMessage, parseEmbedOptions } from './embed-options.ts';

describe('embed options', () => {
  it('reads theme and height, falling back on anything odd', () => {
    expect(parseEmbedOptions('?theme=dark&height=480')).toEqual({ theme: 'dark', height: 480 });
    expect(parseEmbedOptions('?theme=purple&height=12')).toEqual({ theme: 'light', height: null });
    expect(parseEmbedOptions('?height=4001')).toEqual({ theme: 'light', height: null });
    expect(parseEmbedOptions('?height=480.5')).toEqual({ theme: 'light', height: null });
  });

  it('sends only a namespaced, versioned height', () => {
    expect(heightMessage(412.2)).toEqual({ type: 'rasd:embed-height', version: 1, height: 413 });
  });
});

it('writes a snippet with a title, lazy loading, a sandbox and the host script beside the embed', () => {
  expect(
    embedSnippet(
      'https://rasd.example.org/app/embed.html?person=lavrov&lang=en',
      'Rasd: "Lavrov" & <co>',
      null,
    ),
  ).toBe(
    [
      '<iframe src="https://rasd.example.org/app/embed.html?person=lavrov&amp;lang=en" title="Rasd: &quot;Lavrov&quot; &amp; &lt;co>" loading="lazy"',
      '  style="width:100%;height:480px;border:0"',
      '  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>',
      '<script src="https://rasd.example.org/app/embed.js" async></script>',
    ].join('\n'),
  );
});
