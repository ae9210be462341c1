import type { EventType, Role, Status } from '../../src/model/article-schema.ts';
import type { IsoDate } from '../../src/model/calendar-date.ts';
import type { Bilingual } from './names.ts';
import type { Participant, ParticipantPool } from './participants.ts';
import type { Random } from './prng.ts';
import { TOPICS } from './world.ts';

/** What happened, once: every article that reports the event writes its own record of these facts. */
export interface EventFact {
  day: IsoDate;
  type: EventType;
  status: Status;
  people: Participant[];
  roles: Role[];
  /** True when the first participant made the call. */
  initiated: boolean;
  place: Bilingual | null;
  topic: Bilingual;
  /** How many articles report it (1 to 4), each from another outlet. */
  reports: number;
}

// A realistic mix: calls and meetings dominate diplomatic reporting.
const TYPE_WEIGHTS: Record<EventType, number> = {
  'phone-call': 30,
  meeting: 28,
  'press-conference': 8,
  statement: 12,
  decision: 4,
  agreement: 5,
  communique: 3,
  'planned-visit': 6,
  'ongoing-contacts': 4,
};

// Summits, signings and joint communiqués are carried by several outlets far more often than a call.
const BIG_NEWS: ReadonlySet<EventType> = new Set(['meeting', 'agreement', 'communique', 'press-conference']);
const REPORTS_BIG = { '1': 70, '2': 18, '3': 8, '4': 4 };
const REPORTS_SMALL = { '1': 88, '2': 9, '3': 2, '4': 1 };

const PLACELESS: ReadonlySet<EventType> = new Set([
  'phone-call',
  'statement',
  'decision',
  'ongoing-contacts',
]);

function rolesFor(type: EventType, random: Random): { roles: Role[]; initiated: boolean } {
  const pair = (a: Role, b: Role) => ({ roles: [a, b], initiated: a === 'initiator' });
  const many = (n: number) => ({
    roles: Array.from({ length: n }, (): Role => 'participant'),
    initiated: false,
  });
  switch (type) {
    case 'phone-call':
      return random.chance(0.6) ? pair('initiator', 'participant') : pair('participant', 'participant');
    case 'meeting':
      return random.chance(0.75) ? pair('host', 'guest') : many(random.between(3, 4));
    case 'press-conference':
      return pair('host', 'guest');
    case 'statement':
    case 'decision':
      return many(1);
    case 'communique':
      return many(random.between(3, 5));
    case 'planned-visit':
      return pair('guest', 'host');
    default:
      return many(2);
  }
}

// Distinct people, preferring other countries for the second and later ones, as bilateral contacts are.
function drawParticipants(pool: ParticipantPool, count: number, random: Random): Participant[] {
  const chosen: Participant[] = [];
  for (let tries = 0; chosen.length < count && tries < 50; tries++) {
    const p = pool.draw(random);
    if (chosen.some((c) => c.entity.id === p.entity.id)) continue;
    if (tries < 10 && chosen.some((c) => c.country.code === p.country.code)) continue;
    chosen.push(p);
  }
  return chosen;
}

/** Draws what happened on `day`: type, status, participants and their roles, place, topic, reach. */
export function drawFact(day: IsoDate, pool: ParticipantPool, random: Random): EventFact {
  const type = random.weighted(TYPE_WEIGHTS);
  const status: Status =
    type === 'planned-visit'
      ? 'planned'
      : type === 'ongoing-contacts'
        ? 'ongoing'
        : type === 'meeting' && random.chance(0.05)
          ? 'planned'
          : 'occurred';
  const { roles, initiated } = rolesFor(type, random);
  const people = drawParticipants(pool, roles.length, random);
  const host = type === 'planned-visit' ? (people[1] ?? people[0]) : people[0];
  return {
    day,
    type,
    status,
    people,
    roles: roles.slice(0, people.length),
    initiated,
    place: PLACELESS.has(type) ? null : (host?.country.capital ?? null),
    topic: random.pick(TOPICS),
    reports: Number(random.weighted(BIG_NEWS.has(type) ? REPORTS_BIG : REPORTS_SMALL)),
  };
}
