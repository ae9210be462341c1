import { describe, expect, it } from 'vitest';
import type { WhenRecord } from './article-schema.ts';
import { type Claim, claimDisagreements, claimOf, plannedMoment, publicationMs } from './claims.ts';
import { chooseClaims, datedClaim, leadClaim, summariseClaims, summaryByChoice } from './claims-summary.ts';

const day = (start: string | null, end: string | null, certainty: WhenRecord['certainty']): WhenRecord => ({
  text: null,
  relativeTo: { kind: 'absolute' },
  start,
  end,
  precision: start === end ? 'day' : 'range',
  certainty,
});

/** A claim of article `article`, published on `published` at `time` (Moscow), dated `when`. */
function claim(article: string, published: string, when: WhenRecord, more: Partial<Claim> = {}): Claim {
  const base = claimOf(
    { id: article, published: { date: published, time: more.published ?? '12:00', utcOffset: '+03:00' } },
    {
      id: 'e',
      type: 'meeting',
      title: { ar: article, en: article },
      participants: [],
      mentions: [],
      place: null,
      status: 'occurred',
      attribution: [article],
      when,
      evidence: [{ paragraph: 0, start: 0, end: 1, quote: 'x' }],
    },
  );
  return { ...base, ...more, published };
}

describe('publicationMs', () => {
  it('reads the time and offset, or the start of the day in the article’s zone', () => {
    expect(publicationMs({ date: '2015-10-27', time: '18:30', utcOffset: '+03:00' })).toBe(
      Date.UTC(2015, 9, 27, 15, 30),
    );
    expect(publicationMs({ date: '2015-10-27', time: null, utcOffset: '+03:00' })).toBe(
      Date.UTC(2015, 9, 26, 21, 0),
    );
  });
});

describe('datedClaim: stated over inferred over outside, then the narrowest consistent interval', () => {
  it('takes a stated date over a narrower inferred one and an inferred over an outside one', () => {
    const inferred = claim('a', '2015-10-27', day('2015-10-25', '2015-10-25', 'inferred'));
    const stated = claim('b', '2015-10-28', day('2015-10-23', '2015-10-27', 'stated'));
    const outside = claim('c', '2015-10-28', day('2015-10-24', '2015-10-24', 'outside'));
    expect(datedClaim([inferred, stated, outside]).article).toBe('b');
    expect(datedClaim([outside, inferred]).article).toBe('a');
  });

  it('takes the narrowest stated interval that overlaps every other claim', () => {
    const range = claim('b', '2015-10-28', day('2015-10-23', '2015-10-27', 'stated'));
    const monday = claim('c', '2015-10-28', day('2015-10-26', '2015-10-26', 'stated'));
    const inferredMonday = claim('a', '2015-10-27', day('2015-10-26', '2015-10-26', 'inferred'));
    expect(datedClaim([range, monday, inferredMonday]).when).toEqual(
      day('2015-10-26', '2015-10-26', 'stated'),
    );
    // Saturday and Monday contradict each other; the week that holds both contradicts neither.
    const saturday = claim('d', '2015-10-28', day('2015-10-24', '2015-10-24', 'stated'));
    expect(datedClaim([saturday, range, monday]).article).toBe('b');
  });

  it('falls back to the narrowest stated one when none agrees with all, a tie to the smaller article id', () => {
    const z = claim('z', '2015-10-28', day('2015-10-24', '2015-10-24', 'stated'));
    const a = claim('a', '2015-10-29', day('2015-10-25', '2015-10-25', 'stated'));
    expect(datedClaim([z, a]).article).toBe('a');
    expect(datedClaim([a, z]).article).toBe('a');
    // "Before the 27th" contradicts neither day, so it is the one date consistent with every claim.
    const open = claim('m', '2015-10-29', day(null, '2015-10-27', 'stated'));
    expect(datedClaim([z, a, open]).article).toBe('m');
  });
});

describe('datedClaim and plans', () => {
  it('takes the day a report says it happened over the day a plan named, and a plan’s when nothing else', () => {
    const plan = claim('a', '2015-10-23', day('2015-10-25', '2015-10-25', 'stated'), { status: 'planned' });
    const happened = claim('b', '2015-10-27', day('2015-10-24', '2015-10-24', 'stated'));
    expect(datedClaim([plan, happened]).article).toBe('b');
    const later = claim('c', '2015-10-24', day('2015-10-26', '2015-10-26', 'stated'), { status: 'planned' });
    expect(datedClaim([plan, later]).article).toBe('a');
  });
});

describe('leadClaim: the latest report published after the event began', () => {
  const planned = claim('early', '2015-10-23', day('2015-10-24', '2015-10-24', 'stated'), {
    status: 'planned',
  });
  const occurred = claim('late', '2015-10-27', day('2015-10-24', '2015-10-24', 'stated'));

  it('lets a report written after the event overrule a plan written before it', () => {
    expect(leadClaim([planned, occurred], { start: '2015-10-24' }).article).toBe('late');
    expect(leadClaim([occurred, planned], { start: '2015-10-24' }).article).toBe('late');
  });

  it('takes the latest report when none was published after the event, a tie to the smaller article id', () => {
    expect(leadClaim([occurred, planned], { start: '2015-11-02' }).article).toBe('late');
    const twin = claim('also-late', '2015-10-27', day('2015-10-24', '2015-10-24', 'stated'));
    expect(leadClaim([occurred, twin, planned], { start: '2015-10-24' }).article).toBe('also-late');
  });
});

describe('summariseClaims', () => {
  const p = (entity: string, role: Claim['participants'][number]['role']) => ({ entity, role });

  it('joins the participants, keeping a named role over "participant", and the places and chains', () => {
    const a = claim('a', '2015-10-23', day('2015-10-23', '2015-10-23', 'stated'), {
      participants: [p('lavrov', 'participant'), p('kerry', 'host')],
      place: { ar: 'فيينا', en: 'Vienna' },
      mentions: ['zarif'],
    });
    const b = claim('b', '2015-10-27', day('2015-10-23', '2015-10-23', 'stated'), {
      participants: [p('kerry', 'participant'), p('lavrov', 'participant'), p('jubeir', 'guest')],
      mentions: ['kerry'],
    });
    const summary = summariseClaims([a, b]);
    expect(summary.lead.article).toBe('b');
    expect(summary.participants).toEqual([
      p('kerry', 'host'),
      p('lavrov', 'participant'),
      p('jubeir', 'guest'),
    ]);
    expect(summary.place).toEqual({ ar: 'فيينا', en: 'Vienna' });
    expect(summary.mentions).toEqual(['zarif']);
    expect(summary.attribution).toEqual(['b', 'a']);
    expect(claimDisagreements([a, b])).toEqual(['participants']);
  });

  it('names each field the claims differ in, and none when they agree', () => {
    const a = claim('a', '2015-10-23', day('2015-10-24', '2015-10-24', 'stated'), { status: 'planned' });
    const b = claim('b', '2015-10-28', day('2015-10-24', '2015-10-25', 'stated'), {
      type: 'phone-call',
      place: { ar: 'فيينا', en: 'Vienna' },
      participants: [p('zarif', 'initiator')],
      initiator: 'zarif',
    });
    expect(claimDisagreements([a, b])).toEqual(['type', 'when', 'status', 'participants', 'initiator']);
    expect(claimDisagreements([a, { ...a, article: 'c' }])).toEqual([]);
  });

  it('counts a time of day only where two claims give different ones', () => {
    const when = day('2015-10-29', '2015-10-29', 'stated');
    const evening = claim('a', '2015-10-29', when, {
      time: { text: 'مساء اليوم', start: null, end: null, part: 'evening', certainty: 'stated' },
    });
    const silent = claim('b', '2015-10-30', when);
    const clock = claim('c', '2015-10-30', when, {
      time: { text: '18:00 GMT', start: '18:00', end: '18:00', timeZone: 'Etc/GMT', certainty: 'stated' },
    });
    expect(silent.time).toBeNull();
    expect(claimDisagreements([evening, silent])).toEqual([]);
    expect(claimDisagreements([evening, silent, clock])).toEqual(['time']);
  });

  it('reads participants in any order, as many times as each is named, and a place only where given', () => {
    const when = day('2015-10-29', '2015-10-29', 'stated');
    const vienna = { ar: 'فيينا', en: 'Vienna' };
    const a = claim('a', '2015-10-29', when, {
      participants: [p('kerry', 'participant'), p('lavrov', 'participant')],
      place: vienna,
    });
    const reordered = claim('b', '2015-10-30', when, {
      participants: [p('lavrov', 'participant'), p('kerry', 'participant')],
    });
    const twice = claim('c', '2015-10-30', when, {
      participants: [p('lavrov', 'participant'), p('lavrov', 'participant')],
      place: vienna,
    });
    const geneva = claim('d', '2015-10-30', when, {
      participants: [p('kerry', 'participant'), p('lavrov', 'host')],
      place: { ar: 'جنيف', en: 'Geneva' },
    });
    expect(claimDisagreements([a, reordered])).toEqual([]);
    expect(claimDisagreements([a, twice])).toEqual(['participants']);
    expect(claimDisagreements([twice, a])).toEqual(['participants']);
    expect(claimDisagreements([reordered, geneva])).toEqual(['participants']);
    expect(claimDisagreements([reordered, a, geneva])).toEqual(['place', 'participants']);
  });
});

describe('chooseClaims and summaryByChoice', () => {
  // c: an inferred date; b: the narrowest stated one, published last (the lead); a: first of its type.
  const a = claim('a', '2015-10-24', day('2015-10-20', '2015-10-24', 'stated'), { type: 'phone-call' });
  const b = claim('b', '2015-10-28', day('2015-10-23', '2015-10-23', 'stated'), { type: 'phone-call' });
  const c = claim('c', '2015-10-25', day('2015-10-23', '2015-10-23', 'inferred'), { type: 'meeting' });
  const claims = [c, a, b];

  it('names the dated, titled and lead claims by their place, the rest by article id', () => {
    expect(chooseClaims(claims)).toEqual({ dated: 2, titled: 1, order: [2, 1, 0] });
  });

  it('summarises by the choice exactly as summariseClaims does', () => {
    const summary = summaryByChoice(claims, chooseClaims(claims));
    expect(summary).toEqual(summariseClaims(claims));
    expect(summary?.when).toBe(b.when);
    expect(summary?.title).toBe(a.title);
    expect(summary?.type).toBe('phone-call');
  });

  it('gives null for a choice that does not fit the claims', () => {
    expect(summaryByChoice(claims, { dated: 3, titled: 1, order: [2, 1, 0] })).toBeNull();
    expect(summaryByChoice(claims, { dated: 2, titled: -1, order: [2, 1, 0] })).toBeNull();
    expect(summaryByChoice(claims, { dated: 2, titled: 1, order: [2, 1] })).toBeNull();
    expect(summaryByChoice(claims, { dated: 2, titled: 1, order: [2, 1, 1] })).toBeNull();
    expect(summaryByChoice(claims, { dated: 2, titled: 1, order: [2, 1, 0.5] })).toBeNull();
  });
});

describe('plannedMoment', () => {
  it('gives the day a plan named when the event happened on another, the latest plan first', () => {
    const monday = claim('a', '2015-10-20', day('2015-10-26', '2015-10-26', 'stated'), { status: 'planned' });
    const tuesday = claim('b', '2015-10-22', day('2015-10-27', '2015-10-27', 'stated'), {
      status: 'planned',
    });
    const happened = claim('c', '2015-10-29', day('2015-10-28', '2015-10-28', 'stated'));
    const event = { claims: [monday, tuesday, happened], status: 'occurred' as const, when: happened.when };
    expect(plannedMoment(event)).toEqual({ claim: tuesday, start: '2015-10-27' });
    // A plan kept to the day, an event still planned, and one article alone: one moment only.
    expect(plannedMoment({ ...event, when: tuesday.when })?.start).toBe('2015-10-26');
    expect(plannedMoment({ ...event, status: 'planned' })).toBeNull();
    expect(plannedMoment({ status: 'occurred', when: happened.when })).toBeNull();
  });
});
