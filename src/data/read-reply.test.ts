import { describe, expect, it } from 'vitest';
import { generateSingleRecord } from '../../bench/generate-corpus.ts';
import type { ArticleRecord } from '../model/article-schema.ts';
import { validateArticle } from '../model/validate-article.ts';
import { seedRecord } from '../test/seed-record.ts';
import { answerCollector, PART_EVENTS, type ReadMessage, replyMessages } from './read-reply.ts';

/** A valid record of `events` events. */
function recordOf(events: number): ArticleRecord {
  const result = validateArticle(generateSingleRecord(events, 5));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.record;
}

describe('replyMessages and answerCollector', () => {
  it("sends a good record's events PART_EVENTS to a message, then the rest, and puts it back together", () => {
    expect(PART_EVENTS).toBe(500);
    const record = recordOf(1234);
    expect(record.events).toHaveLength(1234);
    const messages = replyMessages(7, { ok: true, record });
    // 500 + 500 + 234 events, then the record without them.
    expect(messages.map((m) => ('events' in m ? JSON.parse(m.events).length : 'answer'))).toEqual([
      500,
      500,
      234,
      'answer',
    ]);
    expect(messages.every((m) => m.id === 7)).toBe(true);
    const collect = answerCollector();
    const answers = messages.map(collect);
    expect(answers.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    const answer = answers[3];
    if (!answer?.ok) throw new Error('no record');
    // The same record, keys in the same order.
    expect(JSON.stringify(answer.record)).toBe(JSON.stringify(record));
  });

  it('keeps two requests apart when their messages interleave', () => {
    const seed = seedRecord();
    const big = recordOf(600);
    const [a1, a2, aEnd] = replyMessages(1, { ok: true, record: big }) as ReadMessage[];
    const [b1, bEnd] = replyMessages(2, { ok: true, record: seed }) as ReadMessage[];
    const collect = answerCollector();
    const got = [a1, b1, a2, bEnd, aEnd].map((m) => collect(m as ReadMessage));
    expect(got[3]?.ok && JSON.stringify(got[3].record)).toBe(JSON.stringify(seed));
    expect(got[4]?.ok && JSON.stringify(got[4].record)).toBe(JSON.stringify(big));
  });

  it('answers a refused record in one message, as it came', () => {
    const refused = {
      ok: false as const,
      failure: { kind: 'too-large' as const, file: 'a.json', size: 9, limit: 1 },
    };
    const messages = replyMessages(3, refused);
    expect(messages).toEqual([{ id: 3, result: refused }]);
    expect(answerCollector()(messages[0] as ReadMessage)).toEqual(refused);
    // A record with no events: one message, events empty.
    const empty = { ...seedRecord(), events: [] };
    const [only] = replyMessages(4, { ok: true, record: empty });
    expect(answerCollector()(only as ReadMessage)).toEqual({ ok: true, record: empty });
  });
});
