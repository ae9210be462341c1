// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildParticipantGraph } from '../model/participant-graph.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { graphPicture } from './graph-picture.ts';
import { kerryText } from './picture-test-helpers.ts';

function picture(lang: 'ar' | 'en', ids?: string) {
  const corpus = seedCorpus();
  const { events, text } = kerryText(corpus, lang, lang === 'ar' ? 'رصد: الشبكة' : 'Rasd: graph');
  const shown = ids === 'all' ? corpus.events : events;
  const graph = buildParticipantGraph(shown, corpus.entities);
  const svg = graphPicture({ graph, chosen: new Set(['kerry']), lang, dir: text.dir, text });
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('graphPicture', () => {
  it('draws the four people of the Kerry filter with their Arabic names, Kerry ringed, as text', () => {
    const doc = picture('ar');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe('رصد: الشبكة');
    const nodes = [...doc.querySelectorAll('.picture-node')];
    expect(nodes.map((n) => n.querySelector('text')?.textContent)).toEqual([
      'جون كيري',
      'سيرغي لافروف',
      'وزير الخارجية السعودي',
      'وزير الخارجية التركي',
    ]);
    expect(nodes.map((n) => n.querySelectorAll('circle').length)).toEqual([2, 1, 1, 1]);
    expect(nodes.map((n) => n.querySelector('text')?.getAttribute('direction'))).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ]);
    // Six pairs; Lavrov–Kerry has two strands (three calls dashed, one meeting solid).
    expect(doc.querySelectorAll('line')).toHaveLength(7);
    expect(doc.querySelectorAll('line[stroke-dasharray="7 4"]')).toHaveLength(1);
  });

  it("draws the whole seed graph with Zarif's one arrow, fitted within the picture", () => {
    const doc = picture('en', 'all');
    expect(doc.querySelectorAll('.picture-node')).toHaveLength(13);
    expect(
      [...doc.querySelectorAll('path')].filter((p) => p.getAttribute('fill') === '#6b7480'),
    ).toHaveLength(1);
    // Fitted by its height: the header (92), the drawing at its tallest (640), the source line (40).
    expect(doc.documentElement.getAttribute('height')).toBe('772');
  });
});
