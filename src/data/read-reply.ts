import type { ArticleRecord } from '../model/article-schema.ts';
import type { Problem } from '../model/validate-article.ts';
import type { LoadFailure } from './load-error.ts';

/**
 * How a reading worker answers. A good record comes as JSON text, which the page parses: rebuilding
 * a record of 4 MB from a structured clone took the page 60–120 ms in one task, JSON.parse of its
 * text 20–35 ms (the stringify happens in the worker), and taking the message and parsing it whole
 * still made one task of 110–170 ms. So its events come first, PART_EVENTS to a message (each
 * message is a task of its own in the page), then the rest of the record with `events: []` in their
 * place. A record is plain JSON data (the schema has no transforms), so the parsed text is the same
 * record.
 */
export type ReadReply =
  | { ok: true; json: string }
  | { ok: false; failure: LoadFailure }
  | { ok: false; problems: Problem[] };

/** A message from a reading worker: some events of a good record (JSON text of an array), or the answer. */
export type ReadMessage = { id: number; events: string } | { id: number; result: ReadReply };

/** How many of a good record's events go in one message: ~600 KB of text, a few ms to parse. */
export const PART_EVENTS = 500;

/** What the page makes of a request's messages: the record, or why it was refused. */
export type ReadAnswer = { ok: true; record: ArticleRecord } | Extract<ReadReply, { ok: false }>;

type Event = ArticleRecord['events'][number];

/** The messages that answer request `id` with `answer`, in the order they are to be posted. */
export function replyMessages(id: number, answer: ReadAnswer): ReadMessage[] {
  if (!answer.ok) return [{ id, result: answer }];
  const { record } = answer;
  const messages: ReadMessage[] = [];
  for (let at = 0; at < record.events.length; at += PART_EVENTS) {
    messages.push({ id, events: JSON.stringify(record.events.slice(at, at + PART_EVENTS)) });
  }
  messages.push({ id, result: { ok: true, json: JSON.stringify({ ...record, events: [] }) } });
  return messages;
}

/**
 * Takes a worker's messages in the order they came, parsing each part of a record's events as it
 * comes (in that message's own task); gives the answer with a request's last message, else undefined.
 */
export function answerCollector(): (message: ReadMessage) => ReadAnswer | undefined {
  const arriving = new Map<number, Event[]>();
  return (message) => {
    const events = arriving.get(message.id) ?? [];
    if ('events' in message) {
      for (const event of JSON.parse(message.events) as Event[]) events.push(event);
      arriving.set(message.id, events);
      return undefined;
    }
    arriving.delete(message.id);
    const reply = message.result;
    if (!reply.ok) return reply;
    const record = JSON.parse(reply.json) as ArticleRecord;
    record.events = events;
    return { ok: true, record };
  };
}
