// @vitest-environment jsdom
import { act } from 'react';
import { expect, it } from 'vitest';
import { mountEachTest } from '../test/mount.ts';
import { ExternalLink } from './external-link.tsx';

const mount = mountEachTest();

it('makes an https address a new-tab link with no opener and no referrer', () => {
  act(() =>
    mount.root.render(
      <ExternalLink href="https://tass.com/politics/824795" newTab="(opens in a new tab)">
        TASS
      </ExternalLink>,
    ),
  );
  const link = mount.container.querySelector('a');
  expect(link?.getAttribute('href')).toBe('https://tass.com/politics/824795');
  expect(link?.getAttribute('target')).toBe('_blank');
  expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  expect(link?.textContent).toBe('TASS (opens in a new tab)');
});

it('leaves a javascript: or schemeless address as text', () => {
  for (const href of ['javascript:alert(1)', 'tass.com/politics/824795', undefined]) {
    act(() =>
      mount.root.render(
        <ExternalLink href={href} newTab="(opens in a new tab)">
          TASS
        </ExternalLink>,
      ),
    );
    expect(mount.container.querySelector('a')).toBeNull();
    expect(mount.container.textContent).toBe('TASS');
  }
});
