import type { EntityRecord } from '../article-schema.ts';
import type { GazetteerIndex } from '../gazetteer.ts';
import type { Gazetteer, GazetteerPerson } from '../gazetteer-schema.ts';
import type { Actor } from './find-actors.ts';
import { foldPhrase } from './lexicon.ts';

type Bilingual = { ar: string; en: string };

/** The entities a draft names, made once each, keyed by what identifies them. */
export class DraftEntities {
  private readonly byKey = new Map<string, EntityRecord>();
  private readonly ids = new Map<string, EntityRecord>();
  private unknownPeople = 0;
  /** Names kept in Arabic in both languages, for the reviewer to translate. */
  readonly untranslated: string[] = [];

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly index: GazetteerIndex,
    private readonly date: string,
  ) {}

  /** The kind of the entity with this id, if the draft has it. */
  kindOf(id: string): EntityRecord['kind'] | undefined {
    return this.byId(id)?.kind;
  }

  /** The country of the entity with this id (a state's own code), if known. */
  countryOf(id: string): string | undefined {
    return this.byId(id)?.country;
  }

  private byId(id: string): EntityRecord | undefined {
    return this.ids.get(id);
  }

  /** The entity with this id, if the draft has it. */
  get(id: string): EntityRecord | undefined {
    return this.ids.get(id);
  }

  /** Every entity, in the order first named. */
  list(): EntityRecord[] {
    return [...this.byKey.values()];
  }

  private note(entity: EntityRecord, surface: string): string {
    if (surface !== '' && !entity.variants.includes(surface)) entity.variants.push(surface);
    return entity.id;
  }

  private ofName(of: string): Bilingual | null {
    const entry = this.index.byId(of);
    if (entry?.kind === 'organisation') return entry.organisation.short ?? entry.organisation.name;
    const state = this.index.state(of);
    return state ? (state.short ?? state.name) : null;
  }

  private officeTitle(office: string, of: string): Bilingual {
    const entry = this.index.byId(office);
    const name = entry?.kind === 'office' ? entry.office.name : { ar: office, en: office };
    const where = this.ofName(of);
    return where ? { ar: `${name.ar}، ${where.ar}`, en: `${name.en}, ${where.en}` } : name;
  }

  private person(p: GazetteerPerson): EntityRecord {
    const roles = this.index.officesOn(p.id, this.date).map((term) => ({
      title: this.officeTitle(term.office, term.of),
      from: term.from,
      ...(term.to ? { to: term.to } : {}),
    }));
    return {
      id: p.id,
      kind: 'person',
      name: p.name,
      ...(p.short ? { short: p.short } : {}),
      variants: [],
      ...(p.country ? { country: p.country } : {}),
      roles,
      gazetteer: p.id,
      review: 'drafted',
    };
  }

  private ensure(key: string, make: () => EntityRecord): EntityRecord {
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = make();
      this.byKey.set(key, entity);
      this.ids.set(entity.id, entity);
    }
    return entity;
  }

  /** The entity an actor names (made on first use); its id. */
  add(actor: Actor): string | null {
    switch (actor.kind) {
      case 'anaphor':
        return null;
      case 'state': {
        const s = this.index.state(actor.iso);
        if (!s) return null;
        const entity = this.ensure(s.id, () => ({
          id: s.id,
          kind: 'state',
          name: s.name,
          ...(s.short ? { short: s.short } : {}),
          variants: [],
          country: s.iso,
          roles: [],
          gazetteer: s.id,
          review: 'drafted',
        }));
        return this.note(entity, actor.surface);
      }
      case 'organisation': {
        const entry = this.index.byId(actor.id);
        if (entry?.kind !== 'organisation') return null;
        const o = entry.organisation;
        const entity = this.ensure(o.id, () => ({
          id: o.id,
          kind: 'organisation',
          name: o.name,
          ...(o.short ? { short: o.short } : {}),
          variants: [],
          roles: [],
          gazetteer: o.id,
          review: 'drafted',
        }));
        return this.note(entity, actor.surface);
      }
      case 'person': {
        if (actor.id) {
          const entry = this.index.byId(actor.id);
          if (entry?.kind !== 'person') return null;
          const entity = this.ensure(actor.id, () => this.person(entry.person));
          return this.note(entity, actor.surface);
        }
        const country = actor.office ? this.index.state(actor.office.of)?.iso : undefined;
        if (actor.office && actor.officeOnly) {
          // The text names an office whose holder the gazetteer does not know: an office entity.
          const { id: office, of } = actor.office;
          const title = this.officeTitle(office, of);
          const entity = this.ensure(`office:${office}:${of}`, () => ({
            id: `${office}-${of.toLowerCase()}`.replace(/^org-/, ''),
            kind: 'office',
            name: title,
            variants: [],
            ...(country ? { country } : {}),
            roles: [],
            review: 'drafted',
          }));
          return this.note(entity, actor.surface);
        }
        const key = `name:${foldPhrase(actor.surface)}`;
        const entity = this.ensure(key, () => {
          this.unknownPeople++;
          this.untranslated.push(actor.surface);
          return {
            id: `person-${this.unknownPeople}`,
            kind: 'person',
            // No English spelling is known: the reviewer writes one; the Arabic stands in meanwhile.
            name: { ar: actor.surface, en: actor.surface },
            variants: [],
            ...(country ? { country } : {}),
            roles: actor.office ? [{ title: this.officeTitle(actor.office.id, actor.office.of) }] : [],
            review: 'drafted',
          };
        });
        return this.note(entity, actor.surface);
      }
    }
  }

  /** The outlet that published the article, as the first link of every event's attribution. */
  outlet(name: Bilingual): string {
    const key = foldPhrase(name.en);
    const known = this.gazetteer.organisations.find((o) =>
      [o.name.en, o.name.ar, o.short?.en, o.short?.ar, ...o.variants].some((n) => n && foldPhrase(n) === key),
    );
    if (known)
      return this.add({ kind: 'organisation', id: known.id, surface: '', start: 0, end: 0 }) as string;
    return this.ensure('outlet', () => ({
      id: 'outlet',
      kind: 'organisation',
      name,
      variants: [],
      roles: [],
      review: 'drafted',
    })).id;
  }

  /** The rule that resolved an office phrase to a person, in both languages. */
  rule(inferred: { from: string; office: string; of: string }, personId: string): Bilingual {
    const entry = this.index.byId(personId);
    const person = entry?.kind === 'person' ? entry.person : null;
    const term = person?.terms.find(
      (t) =>
        t.office === inferred.office &&
        t.of === inferred.of &&
        t.from <= this.date &&
        (t.to === null || this.date <= t.to),
    );
    const title = this.officeTitle(inferred.office, inferred.of);
    const span = term ? `${term.from} – ${term.to ?? '…'}` : '';
    return {
      ar: `«${inferred.from}» يوم النشر ${this.date}: ${title.ar} آنذاك ${person?.name.ar ?? personId} (${span})`,
      en: `"${inferred.from}" on the day of publication, ${this.date}: the ${title.en} then was ${person?.name.en ?? personId} (${span})`,
    };
  }
}
