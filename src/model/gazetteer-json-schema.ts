import { z } from 'zod';
import { gazetteerFileSchema } from './gazetteer-schema.ts';

/** The JSON Schema each file of data/gazetteer/ points at; generated from the zod schema. */
export function gazetteerJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(gazetteerFileSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Rasd gazetteer file',
    description:
      'States, organisations, offices and the people who held them with their terms; any of the four lists per file. The files are merged, then ids, offices, overlapping terms and shared names are checked across them.',
  };
}

/** The schema file's exact text, as committed in data/schema/. */
export function gazetteerJsonSchemaText(): string {
  return `${JSON.stringify(gazetteerJsonSchema(), null, 2)}\n`;
}
