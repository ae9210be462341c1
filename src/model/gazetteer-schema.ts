import { z } from 'zod';
import { bilingual, isoDate } from './article-schema.ts';

/**
 * The gazetteer of diplomacy: states, organisations, offices and the people who held them, with their
 * terms. Records point to its entities by id (`entity.gazetteer`), so two records' Lavrov is one
 * person, and an office phrase ("وزير الخارجية الأمريكي") resolves to whoever held it on a given day.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case Latin letters, digits and hyphens, e.g. "lavrov"');
const text = z.string().min(1, 'non-empty text');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "RU"');

export const gazetteerStateSchema = z
  .object({
    id: id.describe('"state-" and the lower-case ISO code, e.g. "state-ru"'),
    iso: countryCode,
    name: bilingual,
    short: bilingual.optional(),
    variants: z.array(text).default([]).describe('Other names as outlets write them: روسيا الاتحادية, سوريا'),
    adjectives: z
      .array(text)
      .min(1, 'at least one adjective')
      .describe('Arabic nisba forms, masculine and feminine, with the article: الروسي, الروسية'),
    capital: bilingual.optional().describe('Outlets name a state by its capital: «موسكو والرياض»'),
  })
  .strict();

export const gazetteerOrganisationSchema = z
  .object({
    id: id.describe('"org-" and a short name, e.g. "org-un"'),
    name: bilingual,
    short: bilingual.optional(),
    variants: z.array(text).default([]),
    adjectives: z.array(text).default([]).describe('e.g. الأممي, الأممية for the UN'),
  })
  .strict();

export const OFFICE_SCOPES = ['state', 'organisation'] as const;

export const gazetteerOfficeSchema = z
  .object({
    id: id.describe('e.g. "foreign-minister", "president", "un-envoy-syria"'),
    name: bilingual,
    scope: z.enum(OFFICE_SCOPES).describe('Held in a state (with a country) or in an organisation'),
    phrases: z
      .array(text)
      .min(1)
      .describe(
        'Arabic phrases for the office without the country: وزير الخارجية, وزيرة الخارجية, رئيس الدبلوماسية',
      ),
  })
  .strict();

export const termSchema = z
  .object({
    office: id,
    of: z
      .string()
      .min(1)
      .describe('The ISO code of the state ("US") or the id of the organisation ("org-un") the office is of'),
    from: isoDate,
    to: isoDate
      .nullable()
      .describe(
        'Last day in office, inclusive; null while still in office. A handover day belongs to the successor, so `to` is the day before their `from`',
      ),
    rival: z
      .literal(true)
      .optional()
      .describe(
        "A rival claimant held the office alongside the recognised holder (e.g. Libya's competing governments); such a term may overlap, and the other is preferred",
      ),
  })
  .strict();

export const gazetteerPersonSchema = z
  .object({
    id: id.describe('Given name and family name, e.g. "sergey-lavrov"'),
    name: bilingual,
    short: bilingual.optional().describe('The family name as headlines use it: لافروف / Lavrov'),
    variants: z
      .array(text)
      .default([])
      .describe('Arabic spellings outlets use, verbatim: سيرغي لافروف, سيرغى لافروف, لافروف'),
    country: countryCode.optional(),
    gender: z.enum(['male', 'female']).optional().describe('Picks وزير or وزيرة when a title is written'),
    terms: z.array(termSchema).default([]),
  })
  .strict();

export const gazetteerSchema = z
  .object({
    $schema: z.string().optional(),
    states: z.array(gazetteerStateSchema),
    organisations: z.array(gazetteerOrganisationSchema),
    offices: z.array(gazetteerOfficeSchema),
    people: z.array(gazetteerPersonSchema),
  })
  .strict();

/** One file of data/gazetteer/: any of the four lists, merged with the other files' by the loader. */
export const gazetteerFileSchema = gazetteerSchema.partial({
  states: true,
  organisations: true,
  offices: true,
  people: true,
});

export type Gazetteer = z.infer<typeof gazetteerSchema>;
export type GazetteerInput = z.input<typeof gazetteerSchema>;
export type GazetteerState = z.infer<typeof gazetteerStateSchema>;
export type GazetteerOrganisation = z.infer<typeof gazetteerOrganisationSchema>;
export type GazetteerOffice = z.infer<typeof gazetteerOfficeSchema>;
export type GazetteerPerson = z.infer<typeof gazetteerPersonSchema>;
export type Term = z.infer<typeof termSchema>;
