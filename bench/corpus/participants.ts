import type { EntityRecord } from '../../src/model/article-schema.ts';
import type { Actor } from './event-text.ts';
import { synthesiseName } from './names.ts';
import type { Random } from './prng.ts';
import { COUNTRIES, type Country, OFFICES } from './world.ts';

/** A person or office that can take part in events, with how it is written and how active it is. */
export interface Participant {
  entity: EntityRecord;
  country: Country;
  actor: Actor;
}

/** The participant pool with activity-weighted sampling. */
export interface ParticipantPool {
  participants: Participant[];
  /** Draws a participant, the most active ones far more often (a Zipf-like tail, as in real news). */
  draw(random: Random): Participant;
}

/** Pool size for a corpus of `events` events: 150 at 1,000, about 600 at 10,000, about 2,500 at 100,000. */
export function poolSize(events: number): number {
  return Math.max(20, Math.round(150 * (events / 1000) ** 0.61));
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const fill = (pattern: string, country: Country, lang: 'ar' | 'en') =>
  pattern.replace('{adj}', country.adjective[lang]).replace('{country}', country.name[lang]);

function drawCountry(random: Random): Country {
  const weights = Object.fromEntries(COUNTRIES.map((c) => [c.code, c.weight])) as Record<string, number>;
  const code = random.weighted(weights);
  return COUNTRIES.find((c) => c.code === code) as Country;
}

function officeTitle(random: Random, country: Country) {
  const index = random.weighted(Object.fromEntries(OFFICES.map((o, i) => [String(i), o.weight])));
  const office = OFFICES[Number(index)] as (typeof OFFICES)[number];
  return { ar: fill(office.ar, country, 'ar'), en: fill(office.en, country, 'en') };
}

/**
 * Creates `count` participants: about one in twelve an office the text leaves unnamed ("the Saudi
 * foreign minister"), the rest people with synthesised names, each holding one office.
 */
export function createParticipants(random: Random, count: number): ParticipantPool {
  const participants: Participant[] = [];
  const taken = new Set<string>();
  while (participants.length < count) {
    const country = drawCountry(random);
    const title = officeTitle(random, country);
    const index = participants.length;
    if (random.chance(1 / 12)) {
      if (taken.has(title.en)) continue;
      taken.add(title.en);
      participants.push({
        entity: {
          id: `office-${slug(title.en)}`,
          kind: 'office',
          name: title,
          short: title,
          variants: [],
          country: country.code,
          roles: [],
        },
        country,
        actor: { long: title, short: title },
      });
      continue;
    }
    const name = synthesiseName(random, country.culture);
    if (taken.has(name.full.en)) continue;
    taken.add(name.full.en);
    participants.push({
      entity: {
        id: `${slug(name.short.en)}-${index}`,
        kind: 'person',
        name: name.full,
        short: name.short,
        variants: [name.full.ar, name.short.ar, name.full.en, name.short.en],
        country: country.code,
        roles: [{ title }],
      },
      country,
      actor: {
        long: { ar: `${title.ar} ${name.full.ar}`, en: `${title.en} ${name.full.en}` },
        short: name.short,
      },
    });
  }
  // Zipf: cumulative weights 1/rank, searched by bisection: sampling stays O(log P).
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < participants.length; i++) {
    total += 1 / (i + 1);
    cumulative.push(total);
  }
  const draw = (r: Random) => {
    const target = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return participants[lo] as Participant;
  };
  return { participants, draw };
}
