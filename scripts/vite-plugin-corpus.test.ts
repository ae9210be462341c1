// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { earlyFetchScript } from './vite-plugin-corpus.ts';

/** Runs the inline script as the page would, at `search`, and lists the links it put in the head. */
function linksAt(search: string, files: string[], modules: string[]) {
  history.replaceState(null, '', `/${search}`);
  const script = earlyFetchScript(files, modules);
  const body = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
  new Function(body)();
  return [...document.head.querySelectorAll('link')].map((link) => [
    link.rel,
    link.getAttribute('href'),
    link.hasAttribute('data-rasd-painter'),
  ]);
}

afterEach(() => {
  document.head.replaceChildren();
});

describe('earlyFetchScript', () => {
  it('preloads every shard, and the canvas painter of a dense corpus as a module', () => {
    expect(linksAt('', ['data/shards/0000.json'], ['assets/timeline-canvas-x.js'])).toEqual([
      ['preload', 'data/shards/0000.json', false],
      ['modulepreload', 'assets/timeline-canvas-x.js', true],
    ]);
  });
  it('asks for no painter when the corpus is not dense', () => {
    expect(linksAt('', ['data/shards/0000.json'], [])).toEqual([['preload', 'data/shards/0000.json', false]]);
  });
  it('preloads nothing for a page that reads other files', () => {
    expect(linksAt('?bundled=no', ['data/shards/0000.json'], ['assets/timeline-canvas-x.js'])).toEqual([]);
    expect(linksAt('?article=x', ['data/shards/0000.json'], ['assets/timeline-canvas-x.js'])).toEqual([]);
  });
});
