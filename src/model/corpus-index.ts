import { z } from 'zod';
import type { ArticleRecord } from './article-schema.ts';

/** One line of the corpus index: enough to list an article without fetching it. */
export const indexEntrySchema = z
  .object({
    id: z.string(),
    file: z.string().describe('Path of the record, relative to the app'),
    headline: z.string(),
    source: z.object({ ar: z.string(), en: z.string() }),
    published: z.string(),
    language: z.enum(['ar', 'en']),
    counts: z.object({ events: z.number(), entities: z.number(), paragraphs: z.number() }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('SHA-256 of the file the build validated; a file that matches it needs no second check'),
  })
  .strict();

export const corpusIndexSchema = z.object({ articles: z.array(indexEntrySchema) }).strict();

export type IndexEntry = z.infer<typeof indexEntrySchema>;
export type CorpusIndex = z.infer<typeof corpusIndexSchema>;

/** The index line for a validated record served at `file`, with the hex SHA-256 of the bytes served. */
export function indexEntry(record: ArticleRecord, file: string, sha256?: string): IndexEntry {
  return {
    id: record.id,
    file,
    headline: record.headline,
    source: record.source.name,
    published: record.published.date,
    language: record.language,
    counts: {
      events: record.events.length,
      entities: record.entities.length,
      paragraphs: record.paragraphs.length,
    },
    ...(sha256 ? { sha256 } : {}),
  };
}
