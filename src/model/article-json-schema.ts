import { z } from 'zod';
import { articleSchema } from './article-schema.ts';

/** The JSON Schema data authors point their editors at; generated from the zod schema. */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(articleSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Rasd article record',
    description:
      'An article as published, the entities and events it reports, each event tied to its evidence spans. Cross-references (ids, spans, intervals) are checked by `rasd validate`.',
  };
}

/** The schema file's exact text, as committed in data/schema/. */
export function articleJsonSchemaText(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}
