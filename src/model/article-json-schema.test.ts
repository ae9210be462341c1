import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { articleJsonSchemaText } from './article-json-schema.ts';

it('the committed JSON Schema is the one the zod schema generates (run `npm run schema` after a change)', () => {
  const committed = readFileSync(new URL('../../data/schema/article.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(articleJsonSchemaText());
});
