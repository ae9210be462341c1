import { formatNumber } from '../model/format-date.ts';
import { counted, type SourcesStrings } from './strings-sources.ts';

const enRecords = counted('en', { one: '# record', other: '# records' });

const enCharacters = counted('en', { one: '# character', other: '# characters' });

const enSeconds = counted('en', { one: '# second', other: '# seconds' });

const enOthers = counted('en', { one: 'and # other', other: 'and # others' });

const enProblems = counted('en', {
  one: 'and # more problem',
  other: 'and # more problems',
});

/** The English strings about where records came from, loaded with the English interface. */
export const SOURCES_EN: SourcesStrings = {
  pending: (count) =>
    `Still fetching ${enRecords(count)} from links; the other articles are shown meanwhile.`,
  heading: 'Articles from outside Rasd:',
  fromLink: (host) => `from a link to ${host}`,
  fromFile: 'from your file',
  replacedByLink: (host) => `replaces the bundled article with the same id: replaced by a file from ${host}`,
  replacedByFile: 'replaces the bundled article with the same id: replaced by your file',
  encoding: (file, guess) =>
    `${file} is not UTF-8 text${guess ? ` (it looks like ${guess})` : ''}. Save it as UTF-8 and open it again.`,
  tooLargeSoFar: (file, size, limit) =>
    `${file} is too large: ${size} had arrived when reading stopped, over the limit of ${limit}; it was not read.`,
  timeout: (file, seconds) => `${file} did not arrive in full within ${enSeconds(seconds)}; gave up waiting.`,
  redirectLoop: (file) =>
    `${file} redirects without end (a redirect loop), or to a server that does not answer.`,
  redirected: (file, to) =>
    `${file} redirected to ${to}; only https:// addresses and this site's own are loaded.`,
  internal: (file) => `Rasd itself failed while checking ${file} (a bug; please report it).`,
  showAll: (characters) => `Show all (${enCharacters(characters)})`,
  showLess: 'Show less',
  showMore: (shown, total) => `Show more (${formatNumber(shown, 'en')} of ${enCharacters(total)} shown)`,
  others: enOthers,
  moreProblems: (count) => `${enProblems(count)} (rasd validate lists them all)`,
};
