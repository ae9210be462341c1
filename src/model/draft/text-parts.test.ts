import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../arabic-text.ts';
import { foldChar, foldWithOffsets, originalSpan } from '../fold-text.ts';
import { articleTextFromHtml } from './article-text-from-html.ts';
import { splitClauses } from './clauses.ts';
import { splitSentences } from './sentences.ts';
import { splitArticle } from './split-article.ts';
import { cliticForms, tokenise } from './tokens.ts';

describe('foldWithOffsets', () => {
  it('folds like search and maps every folded character back to the text as written', () => {
    const text = 'سيرغى لافروفُ  ـأكّد';
    const f = foldWithOffsets(text);
    expect(f.folded).toBe('سيرغي لافروف اكد');
    const at = f.folded.indexOf('لافروف');
    expect(originalSpan(f, at, at + 6)).toEqual({ start: 6, end: 12 });
    expect(text.slice(6, 12)).toBe('لافروف');
    const verb = f.folded.indexOf('اكد');
    expect(text.slice(originalSpan(f, verb, verb + 3).start, originalSpan(f, verb, verb + 3).end)).toBe(
      'أكّد',
    );
  });

  it('reads both digit sets as one', () => {
    expect(foldWithOffsets('٢٧ تشرين').folded).toBe('27 تشرين');
  });

  it('folds every character of the Basic Multilingual Plane as search does', () => {
    // The drafter's spans and the search index must agree on what a word is. Characters that NFC
    // would change or whose lower case is longer are left to normaliseForSearch alone.
    const differ: string[] = [];
    let compared = 0;
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFC') !== ch || ch.toLowerCase().length !== 1) continue;
      compared++;
      const folded = foldChar(ch);
      // Between digits, which no combining mark composes with.
      if (`0${folded}0` !== normaliseForSearch(`0${ch}0`)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(60_000);
  });
});

describe('splitArticle', () => {
  it('takes the first line as the headline and every further line as a paragraph, trimmed', () => {
    expect(splitArticle('\uFEFFعنوان\n\n  فقرة أولى \r\nفقرة ثانية\n\n\n')).toEqual({
      headline: 'عنوان',
      paragraphs: ['فقرة أولى', 'فقرة ثانية'],
      related: [],
    });
  });

  it('keeps what follows a "see also" marker out of the report', () => {
    expect(splitArticle('عنوان\n\nفقرة\n\nانظر ايضاً\n\nخبر آخر')).toEqual({
      headline: 'عنوان',
      paragraphs: ['فقرة'],
      related: ['خبر آخر'],
    });
  });

  it('gives an empty headline for an empty text', () => {
    expect(splitArticle(' \n \n')).toEqual({ headline: '', paragraphs: [], related: [] });
  });
});

describe('articleTextFromHtml', () => {
  it('keeps the heading and paragraphs as plain text and drops scripts and markup', () => {
    const html =
      '<html><head><title>t</title><script>alert(1)</script></head><body><h1>عنوان &amp; خبر</h1>' +
      '<p>الفقرة <b>الأولى</b>&nbsp;هنا</p><p onclick="x()">الثانية &#1575;</p><!-- <p>لا</p> --></body></html>';
    expect(articleTextFromHtml(html)).toBe('عنوان & خبر\n\nالفقرة الأولى هنا\n\nالثانية ا');
  });

  it('reads a fragment without paragraphs line by line', () => {
    expect(articleTextFromHtml('<div>عنوان</div><div>نص</div>')).toBe('عنوان\nنص');
  });
});

describe('splitSentences', () => {
  it('cuts at end marks followed by space, after closing quotes, and not inside numbers', () => {
    const p = 'قال إن النمو 3.5 بالمئة. وأضاف: “هذا جيد.” ثم غادر';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'قال إن النمو 3.5 بالمئة.',
      'وأضاف: “هذا جيد.”',
      'ثم غادر',
    ]);
    const [, second] = splitSentences(p);
    expect(p.slice(second?.start, second?.end)).toBe('وأضاف: “هذا جيد.”');
  });
});

describe('splitClauses', () => {
  it('opens a clause at حيث and كما, with offsets into the sentence', () => {
    const s = 'يجريان اتصالات مكثفة حيث أجرى الوزيران اتصالين أمس كما التقيا يوم السبت';
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual([
      'يجريان اتصالات مكثفة',
      'حيث أجرى الوزيران اتصالين أمس',
      'كما التقيا يوم السبت',
    ]);
  });
});

describe('tokens', () => {
  it('finds words with their folded offsets', () => {
    expect(tokenise(foldWithOffsets('قال، لافروف'))).toEqual([
      { text: 'قال', start: 0, end: 3 },
      { text: 'لافروف', start: 5, end: 11 },
    ]);
  });

  it('drops the clitics that Arabic joins to a name', () => {
    expect(cliticForms('وبالرياض').map((f) => f.form)).toEqual(['وبالرياض', 'بالرياض', 'الرياض']);
    expect(cliticForms('للامم').map((f) => [f.form, f.dropped])).toEqual([
      ['للامم', 0],
      ['الامم', 1],
    ]);
    expect(cliticForms('ولافروف').map((f) => f.form)).toEqual(['ولافروف', 'لافروف', 'افروف']);
  });
});
