/**
 * The closed vocabularies of an article record. They live apart from the zod schema so the app can
 * use them without loading the validator, which is fetched only when records are checked.
 */
export const ENTITY_KINDS = ['person', 'office', 'organisation', 'state'] as const;
export const EVENT_TYPES = [
  'phone-call',
  'meeting',
  'press-conference',
  'statement',
  'decision',
  'agreement',
  'communique',
  'planned-visit',
  'ongoing-contacts',
] as const;
export const ROLES = ['initiator', 'host', 'guest', 'participant'] as const;
export const STATUSES = ['occurred', 'planned', 'ongoing'] as const;
export const PRECISIONS = ['day', 'month', 'year', 'range', 'unknown'] as const;
export const CERTAINTIES = ['stated', 'inferred', 'outside'] as const;
/** Where a drafted event or entity stands in review; absent means written or checked by a person. */
export const REVIEW_STATES = ['drafted', 'reviewed', 'rejected'] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type Status = (typeof STATUSES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];
