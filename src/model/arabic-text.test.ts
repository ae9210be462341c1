import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../test/seed-record.ts';
import { LETTER_MAP, normaliseForSearch, toWesternDigits } from './arabic-text.ts';

describe('normaliseForSearch', () => {
  it.each([
    ['hamza on alef above', 'أحمد', 'احمد'],
    ['hamza on alef below', 'إيران', 'ايران'],
    ['madda', 'آل سعود', 'ال سعود'],
    ['wasla', 'ٱلقاهرة', 'القاهره'],
    ['alef maqsura', 'سيرغى', 'سيرغي'],
    ['hamza on ya', 'رئيس', 'رييس'],
    ['hamza on waw', 'مؤتمر', 'موتمر'],
    ['lone hamza', 'الثلاثاء', 'الثلاثا'],
    ['ta marbuta', 'سورية', 'سوريه'],
    ['diacritics', 'وَزِيرُ الخَارِجِيَّةِ', 'وزير الخارجيه'],
    ['dagger alef', 'هٰذا', 'هذا'],
    ['tatweel', 'لافـــروف', 'لافروف'],
    ['Arabic-Indic digits', '٢٠١٥', '2015'],
    ['Persian digits', '۲۰۱۵', '2015'],
    ['bidi controls', '\u202Eلافروف\u202C', 'لافروف'],
    ['Latin case and spaces', '  Sergey   LAVROV ', 'sergey lavrov'],
  ])('folds %s: %s → %s', (_name, input, expected) => {
    expect(normaliseForSearch(input)).toBe(expected);
  });

  it('makes the two spellings of Lavrov in the seed equal', () => {
    expect(normaliseForSearch('سيرغى لافروف')).toBe(normaliseForSearch('سيرغي لافروف'));
  });
});

it('toWesternDigits leaves everything else alone', () => {
  expect(toWesternDigits('قبل ٣ سنوات، 12')).toBe('قبل 3 سنوات، 12');
});

// The rules as one replace each, as normaliseForSearch first wrote them: the single pass must agree.
// The letters' table is shared (the cases above pin each letter); what is compared is the folding.
function byReplaces(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[أإآٱٲٳىیئؤةک]/g, (ch) => LETTER_MAP.get(ch) ?? ch)
    .replace(/ء/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

describe('normaliseForSearch, one pass', () => {
  it('folds every paragraph of the seed as the rule-by-rule replaces do', () => {
    const { paragraphs } = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { paragraphs: string[] };
    expect(paragraphs.length).toBe(29);
    for (const paragraph of paragraphs) expect(normaliseForSearch(paragraph)).toBe(byReplaces(paragraph));
  });

  it('agrees with them on 20,000 strings drawn from every character the rules name, and their neighbours', () => {
    // Each rule's characters and the codes either side of each range, white space of every kind,
    // Latin capitals (and İ, which lowers to two characters), decomposed hamza (NFC composes it).
    const pool = [
      ...'أإآٱٲٳىیئؤةکءاويهكلمن ،.؟'.split(''),
      ...[0x060f, 0x0610, 0x061a, 0x061b, 0x061c, 0x061d, 0x0620, 0x064a, 0x064b, 0x065f, 0x0660, 0x0669],
      ...[0x066a, 0x066f, 0x0670, 0x0671, 0x06d5, 0x06d6, 0x06ed, 0x06ee, 0x06ef, 0x06f0, 0x06f9, 0x06fa],
      ...[0x0640, 0x0654, 0x0655, 0x200d, 0x200e, 0x200f, 0x2029, 0x202a, 0x202e, 0x202f, 0x2065, 0x2066],
      ...[0x2069, 0x206a, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x200a, 0x200b, 0x2028],
      ...[0x205f, 0x3000, 0xfeff, 0x0130, 0x00c9, 0x0301],
    ].map((c) => (typeof c === 'number' ? String.fromCharCode(c) : c));
    pool.push('A', 'Z', 'e', '5');
    // A fixed linear congruential sequence: the same strings every run.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let differing = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = next() % 12;
      for (let i = 0; i < length; i++) text += pool[next() % pool.length];
      if (normaliseForSearch(text) !== byReplaces(text)) differing++;
    }
    expect(differing).toBe(0);
  });
});
