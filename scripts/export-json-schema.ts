import { writeFileSync } from 'node:fs';
import { articleJsonSchemaText } from '../src/model/article-json-schema.ts';
import { gazetteerJsonSchemaText } from '../src/model/gazetteer-json-schema.ts';

for (const [name, text] of [
  ['article', articleJsonSchemaText()],
  ['gazetteer', gazetteerJsonSchemaText()],
] as const) {
  const target = new URL(`../data/schema/${name}.schema.json`, import.meta.url);
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
