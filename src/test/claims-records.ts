import { readFileSync } from 'node:fs';
import type { ArticleRecord } from '../model/article-schema.ts';
import { validateArticle } from '../model/validate-article.ts';
import { seedRecord } from './seed-record.ts';

/** Invented records (source.invented) that report the seed's events with sameAs and disagree with it. */
export const CLAIMS_FIXTURES = {
  courier: 'e2e/fixtures/invented-claims-courier.json',
  digest: 'e2e/fixtures/invented-claims-digest.json',
  wire: 'e2e/fixtures/invented-test-wire.json',
} as const;

/** A fixture record, validated (throws if it is ever broken). */
export function fixtureRecord(file: string): ArticleRecord {
  const result = validateArticle(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${file} is invalid: ${JSON.stringify(result.problems)}`);
  return result.record;
}

/** The seed and the three invented records that report some of its events, seed first. */
export function claimsRecords(): ArticleRecord[] {
  return [
    seedRecord(),
    fixtureRecord(CLAIMS_FIXTURES.courier),
    fixtureRecord(CLAIMS_FIXTURES.digest),
    fixtureRecord(CLAIMS_FIXTURES.wire),
  ];
}
