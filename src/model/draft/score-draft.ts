import { normaliseForSearch } from '../arabic-text.ts';
import type { ArticleRecord, EntityRecord, EventRecord, EvidenceRecord } from '../article-schema.ts';

/** Counts behind a score; they add up across articles, the ratios do not. */
export interface ScoreCounts {
  gold: number;
  drafted: number;
  matched: number;
  /** Matched events whose drafted type equals the gold type. */
  sameType: number;
  /** Matched events whose drafted interval has the gold start and end. */
  sameDate: number;
  /** Participants over matched events only. */
  goldParticipants: number;
  draftedParticipants: number;
  matchedParticipants: number;
}

/** Ratios of the counts; null where the denominator is zero (nothing to measure). */
export interface ScoreRatios {
  recall: number | null;
  precision: number | null;
  typeAccuracy: number | null;
  dateAccuracy: number | null;
  participantPrecision: number | null;
  participantRecall: number | null;
  participantF1: number | null;
}

export type Score = ScoreCounts & ScoreRatios;

/** One article's score with which events matched, so a report can list what was missed or extra. */
export interface ArticleScore extends Score {
  pairs: { gold: string; draft: string; overlap: number }[];
  /** Gold event ids with no drafted counterpart. */
  missed: string[];
  /** Drafted (not rejected) event ids with no gold counterpart. */
  extra: string[];
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function ratios(c: ScoreCounts): ScoreRatios {
  // 2·matched / (gold + drafted) is F1 without its undefined cases: no drafted participants at all
  // against some gold ones scores 0, not "unknown".
  const participantF1 = ratio(2 * c.matchedParticipants, c.goldParticipants + c.draftedParticipants);
  return {
    recall: ratio(c.matched, c.gold),
    precision: ratio(c.matched, c.drafted),
    typeAccuracy: ratio(c.sameType, c.matched),
    dateAccuracy: ratio(c.sameDate, c.matched),
    participantPrecision: ratio(c.matchedParticipants, c.draftedParticipants),
    participantRecall: ratio(c.matchedParticipants, c.goldParticipants),
    participantF1,
  };
}

function spanOverlap(a: EvidenceRecord, b: EvidenceRecord): number {
  if (a.paragraph !== b.paragraph) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Characters shared by two events' evidence, summed over every pair of spans. */
export function evidenceOverlap(a: EventRecord, b: EventRecord): number {
  let total = 0;
  for (const x of a.evidence) for (const y of b.evidence) total += spanOverlap(x, y);
  return total;
}

/** Pairs gold and drafted events one-to-one, largest overlap first; ties go to the earlier events. */
export function matchEvents(gold: EventRecord[], drafted: EventRecord[]): [number, number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    drafted.forEach((d, di) => {
      const overlap = evidenceOverlap(g, d);
      if (overlap > 0) candidates.push([gi, di, overlap]);
    });
  });
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedGold = new Set<number>();
  const usedDraft = new Set<number>();
  const pairs: [number, number, number][] = [];
  for (const [gi, di, overlap] of candidates) {
    if (usedGold.has(gi) || usedDraft.has(di)) continue;
    usedGold.add(gi);
    usedDraft.add(di);
    pairs.push([gi, di, overlap]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

interface Identity {
  gazetteer: string | undefined;
  names: Set<string>;
}

function identityOf(entity: EntityRecord | undefined): Identity {
  if (!entity) return { gazetteer: undefined, names: new Set() };
  const names = [entity.name.ar, entity.name.en, ...entity.variants].map(normaliseForSearch);
  return { gazetteer: entity.gazetteer, names: new Set(names.filter((n) => n !== '')) };
}

/** The same entity: by gazetteer id when both have one, else by any shared folded name. */
export function sameEntity(a: Identity, b: Identity): boolean {
  if (a.gazetteer !== undefined && b.gazetteer !== undefined) return a.gazetteer === b.gazetteer;
  for (const name of a.names) if (b.names.has(name)) return true;
  return false;
}

function identities(record: ArticleRecord, event: EventRecord): Identity[] {
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  return event.participants.map((p) => identityOf(byId.get(p.entity)));
}

/** How many participants of the two events are the same entity, each used once. */
function matchedParticipants(gold: Identity[], drafted: Identity[]): number {
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold) {
    const index = drafted.findIndex((d, i) => !used.has(i) && sameEntity(g, d));
    if (index >= 0) {
      used.add(index);
      matched += 1;
    }
  }
  return matched;
}

/** Scores one drafted record against its gold record; drafted events marked "rejected" are ignored. */
export function scoreDraft(gold: ArticleRecord, draft: ArticleRecord): ArticleScore {
  const drafted = draft.events.filter((e) => e.review !== 'rejected');
  const pairs = matchEvents(gold.events, drafted);
  const counts: ScoreCounts = {
    gold: gold.events.length,
    drafted: drafted.length,
    matched: pairs.length,
    sameType: 0,
    sameDate: 0,
    goldParticipants: 0,
    draftedParticipants: 0,
    matchedParticipants: 0,
  };
  for (const [gi, di] of pairs) {
    const g = gold.events[gi] as EventRecord;
    const d = drafted[di] as EventRecord;
    if (g.type === d.type) counts.sameType += 1;
    if (g.when.start === d.when.start && g.when.end === d.when.end) counts.sameDate += 1;
    const gp = identities(gold, g);
    const dp = identities(draft, d);
    counts.goldParticipants += gp.length;
    counts.draftedParticipants += dp.length;
    counts.matchedParticipants += matchedParticipants(gp, dp);
  }
  const goldMatched = new Set(pairs.map(([gi]) => gi));
  const draftMatched = new Set(pairs.map(([, di]) => di));
  return {
    ...counts,
    ...ratios(counts),
    pairs: pairs.map(([gi, di, overlap]) => ({
      gold: (gold.events[gi] as EventRecord).id,
      draft: (drafted[di] as EventRecord).id,
      overlap,
    })),
    missed: gold.events.filter((_, i) => !goldMatched.has(i)).map((e) => e.id),
    extra: drafted.filter((_, i) => !draftMatched.has(i)).map((e) => e.id),
  };
}

/** Micro-averages scores: the counts are summed, then the ratios computed from the sums. */
export function combineScores(scores: readonly ScoreCounts[]): Score {
  const counts: ScoreCounts = {
    gold: 0,
    drafted: 0,
    matched: 0,
    sameType: 0,
    sameDate: 0,
    goldParticipants: 0,
    draftedParticipants: 0,
    matchedParticipants: 0,
  };
  const keys = Object.keys(counts) as (keyof ScoreCounts)[];
  for (const score of scores) for (const key of keys) counts[key] += score[key];
  return { ...counts, ...ratios(counts) };
}
