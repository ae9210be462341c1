import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { gazetteerJsonSchemaText } from './gazetteer-json-schema.ts';

it('the committed gazetteer JSON Schema is the one the zod schema generates (run `npm run schema` after a change)', () => {
  const committed = readFileSync(new URL('../../data/schema/gazetteer.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(gazetteerJsonSchemaText());
});
