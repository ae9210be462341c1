import { describe, expect, it } from 'vitest';
import { foldLine, icalDate, icalStamp, icalText } from './ical-text.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('icalText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(icalText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds the 76th onto a line starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x\r\n`);
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x\r\n`);
  });

  it('never splits an Arabic letter (two octets) or an emoji (four) across lines', () => {
    const arabic = `SUMMARY:${'ب'.repeat(40)}`;
    const folded = foldLine(arabic);
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).toEqual([74, 15, 0]);
    expect(lines.join('').replace(/ /g, '')).toBe(arabic.replace(/ /g, ''));
    const emoji = foldLine(`X:${'😀'.repeat(30)}`).split('\r\n');
    expect(emoji.map(octets)).toEqual([74, 49, 0]);
    expect(emoji.every((line) => !line.includes('\uFFFD'))).toBe(true);
  });
});

describe('dates', () => {
  it('writes DATE and UTC DATE-TIME values', () => {
    expect(icalDate('2015-10-27')).toBe('20151027');
    expect(icalStamp(new Date('2026-12-01T02:15:09.456Z'))).toBe('20261201T021509Z');
  });
});
