// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { earlyFetchScript, earlyFiles, formatWarmUpScript } from './vite-plugin-corpus.ts';

/** Runs an inline script's body as the page would, at `search`. */
function runAt(search: string, script: string) {
  history.replaceState(null, '', `/${search}`);
  const body = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
  new Function(body)();
}

/** Runs the inline script as the page would, at `search`, and lists the links it put in the head. */
function linksAt(search: string, files: string[], modules: string[]) {
  runAt(search, earlyFetchScript(files, modules));
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

describe('earlyFiles', () => {
  const shard = (n: number) => ({ file: `data/shards/000${n}.json`, sha256: `${n}`, articles: [`a${n}`] });
  it('names the entities file, then only the shards the app fetches first (two at a time)', () => {
    const entities = { file: 'data/shards/entities.json', sha256: 'e' };
    expect(earlyFiles({ entities, shards: [0, 1, 2, 3].map(shard) })).toEqual([
      'data/shards/entities.json',
      'data/shards/0000.json',
      'data/shards/0001.json',
    ]);
    expect(earlyFiles({ shards: [shard(0)] })).toEqual(['data/shards/0000.json']);
    expect(earlyFiles({})).toEqual([]);
  });
});

describe('formatWarmUpScript', () => {
  it('makes a number and a day format in the language the address asks for', () => {
    const made: unknown[][] = [];
    const { NumberFormat, DateTimeFormat } = Intl;
    // Each format the script makes, recorded, and made for real.
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made.push(['number', ...args]);
      }
    } as typeof NumberFormat;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        made.push(['date', ...args]);
      }
    } as typeof DateTimeFormat;
    try {
      runAt('?lang=en&person=lavrov', formatWarmUpScript());
      runAt('?person=lavrov', formatWarmUpScript());
    } finally {
      Object.assign(Intl, { NumberFormat, DateTimeFormat });
    }
    const day = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
    expect(made).toEqual([
      ['number', 'en-GB'],
      ['date', 'en-GB', day],
      ['number', 'ar-SY-u-nu-arab'],
      ['date', 'ar-SY-u-nu-arab', day],
    ]);
  });
});
