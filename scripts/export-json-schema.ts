import { writeFileSync } from 'node:fs';
import { articleJsonSchemaText } from '../src/model/article-json-schema.ts';

const target = new URL('../data/schema/article.schema.json', import.meta.url);
writeFileSync(target, articleJsonSchemaText());
console.log(`wrote ${target.pathname}`);
