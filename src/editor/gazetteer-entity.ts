import type { EntityRecord } from '../model/article-schema.ts';
import type { GazetteerEntry, GazetteerIndex } from '../model/gazetteer.ts';

type Bilingual = { ar: string; en: string };

/** A gazetteer entry offered by the participant search: the entity it becomes, and a line about it. */
export interface Candidate {
  entity: EntityRecord;
  /** The offices a person held on the article's date, or null. */
  detail: Bilingual | null;
}

function officeTitle(index: GazetteerIndex, office: string, of: string): Bilingual {
  const entry = index.byId(office);
  const name = entry?.kind === 'office' ? entry.office.name : { ar: office, en: office };
  const org = index.byId(of);
  const where =
    org?.kind === 'organisation' ? (org.organisation.short ?? org.organisation.name) : index.state(of)?.name;
  return where ? { ar: `${name.ar}، ${where.ar}`, en: `${name.en}, ${where.en}` } : name;
}

/**
 * The record entity for a gazetteer entry chosen by a person (so not marked drafted), with the offices
 * a person held on `date`; its id is the gazetteer's, so records share it. Offices are not offered:
 * an office means its holder on the day, whom the search lists by name.
 */
export function candidateOf(entry: GazetteerEntry, index: GazetteerIndex, date: string): Candidate | null {
  switch (entry.kind) {
    case 'person': {
      const p = entry.person;
      const roles = index.officesOn(p.id, date).map((term) => ({
        title: officeTitle(index, term.office, term.of),
        from: term.from,
        ...(term.to ? { to: term.to } : {}),
      }));
      const detail =
        roles.length > 0
          ? { ar: roles.map((r) => r.title.ar).join('؛ '), en: roles.map((r) => r.title.en).join('; ') }
          : null;
      return {
        entity: {
          id: p.id,
          kind: 'person',
          name: p.name,
          ...(p.short ? { short: p.short } : {}),
          variants: [],
          ...(p.country ? { country: p.country } : {}),
          roles,
          gazetteer: p.id,
        },
        detail,
      };
    }
    case 'state': {
      const s = entry.state;
      return {
        entity: {
          id: s.id,
          kind: 'state',
          name: s.name,
          variants: [],
          country: s.iso,
          roles: [],
          gazetteer: s.id,
        },
        detail: null,
      };
    }
    case 'organisation': {
      const o = entry.organisation;
      return {
        entity: { id: o.id, kind: 'organisation', name: o.name, variants: [], roles: [], gazetteer: o.id },
        detail: null,
      };
    }
    default:
      return null;
  }
}

/** An id for a new entity named `english`: its Latin letters as a slug, made unique among `taken`. */
export function newEntityId(english: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    english
      .normalize('NFKD')
      // The accents NFKD splits off, so "Ça" is "ca" rather than "c-a".
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'entity';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
