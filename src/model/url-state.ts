import { isCalendarDate } from './calendar-date.ts';
import type { Lang } from './format-date.ts';
import {
  CERTAINTIES,
  type Certainty,
  EVENT_TYPES,
  type EventType,
  STATUSES,
  type Status,
} from './vocabulary.ts';

export const VIEWS = ['timeline', 'graph', 'article', 'list'] as const;
export type View = (typeof VIEWS)[number];
export type Lanes = 'type' | 'person';

/** Everything a link can say about a view (the public URL contract in DESIGN.md). */
export interface UrlState {
  article: string[];
  person: string[];
  /** Whether an event needs any (default) or all of the chosen persons. */
  mode: 'any' | 'all';
  type: EventType[];
  country: string[];
  status: Status[];
  certainty: Certainty[];
  from: string | null;
  to: string | null;
  q: string;
  /** The timeline's visible days, first and last included; view state only, never a filter. */
  window: [string, string] | null;
  event: string | null;
  view: View[];
  lanes: Lanes;
  lang: Lang;
  /** Addresses of extra records to load (this site's or https). */
  src: string[];
  /** Whether the bundled corpus is shown beside loaded records (default true; `bundled=no`). */
  bundled: boolean;
}

/**
 * What a parameter's value must be, as a code the interface words in its own language (the model
 * holds no interface text): `''` for an unknown parameter.
 */
export type UrlRule =
  | ''
  | 'article-ids'
  | 'entity-ids'
  | 'any-all'
  | 'types'
  | 'countries'
  | 'statuses'
  | 'certainties'
  | 'date'
  | 'date-after-from'
  | 'text'
  | 'window'
  | 'event-id'
  | 'views'
  | 'lanes'
  | 'lang'
  | 'address'
  | 'max-sources'
  | 'yes-no'
  | 'known-article'
  | 'known-person'
  | 'known-country';

/** A parameter that was ignored, and why, for the visible notice. */
export interface UrlNotice {
  param: string;
  value: string;
  /** Unknown key, malformed value, or a well-formed value that names nothing loaded. */
  reason: 'unknown-parameter' | 'bad-value' | 'unknown-value';
  expected: UrlRule;
}

export const DEFAULT_URL_STATE: UrlState = {
  article: [],
  person: [],
  mode: 'any',
  type: [],
  country: [],
  status: [],
  certainty: [],
  from: null,
  to: null,
  q: '',
  window: null,
  event: null,
  view: [...VIEWS],
  lanes: 'type',
  lang: 'ar',
  src: [],
  bundled: true,
};

/** The most `src` addresses one link loads (20): a link must not make a reader's browser fetch hundreds. */
export const MAX_SOURCES = 20;

/** Parameters only the embed page reads (look and size); everywhere else they pass silently. */
export const EMBED_ONLY_PARAMS: readonly string[] = ['theme', 'height'];

const ID = /^[a-z0-9][a-z0-9-]*$/;
const isIsoDate = isCalendarDate;

type Parser = (values: string[], state: UrlState, bad: (value: string, expected: UrlRule) => void) => void;

function list<T extends string>(
  accept: (v: string) => v is T,
  expected: UrlRule,
  set: (s: UrlState, v: T[]) => void,
) {
  const parse: Parser = (values, state, bad) => {
    const good: T[] = [];
    for (const value of values.flatMap((v) => v.split(','))) {
      if (value === '') continue;
      if (accept(value)) {
        if (!good.includes(value)) good.push(value);
      } else bad(value, expected);
    }
    set(state, good);
  };
  return parse;
}

const isId = (v: string): v is string => ID.test(v);
const isType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);
const isView = (v: string): v is View => (VIEWS as readonly string[]).includes(v);
const isCountry = (v: string): v is string => /^[A-Z]{2}$/.test(v);
const isStatus = (v: string): v is Status => (STATUSES as readonly string[]).includes(v);
const isWindow = (v: string): boolean => {
  const [a, b, rest] = v.split('..');
  return rest === undefined && a !== undefined && b !== undefined && isIsoDate(a) && isIsoDate(b) && a <= b;
};
const isCertainty = (v: string): v is Certainty => (CERTAINTIES as readonly string[]).includes(v);

function single(accept: (v: string) => boolean, expected: UrlRule, set: (s: UrlState, v: string) => void) {
  const parse: Parser = (values, state, bad) => {
    const value = values.at(-1) ?? '';
    if (accept(value)) set(state, value);
    else bad(value, expected);
  };
  return parse;
}

// Every key is a UrlState field: a plain object would also answer "constructor" or "__proto__".
const PARSER_TABLE: Record<keyof UrlState, Parser> = {
  article: list(isId, 'article-ids', (s, v) => {
    s.article = v;
  }),
  person: list(isId, 'entity-ids', (s, v) => {
    s.person = v;
  }),
  mode: single(
    (v) => v === 'any' || v === 'all',
    'any-all',
    (s, v) => {
      s.mode = v as 'any' | 'all';
    },
  ),
  type: list(isType, 'types', (s, v) => {
    s.type = v;
  }),
  country: list(isCountry, 'countries', (s, v) => {
    s.country = v;
  }),
  status: list(isStatus, 'statuses', (s, v) => {
    s.status = v;
  }),
  certainty: list(isCertainty, 'certainties', (s, v) => {
    s.certainty = v;
  }),
  from: single(isIsoDate, 'date', (s, v) => {
    s.from = v;
  }),
  to: single(isIsoDate, 'date', (s, v) => {
    s.to = v;
  }),
  q: single(
    (v) => v.length <= 200,
    'text',
    (s, v) => {
      s.q = v.trim();
    },
  ),
  window: single(isWindow, 'window', (s, v) => {
    s.window = v.split('..') as [string, string];
  }),
  event: single(isId, 'event-id', (s, v) => {
    s.event = v;
  }),
  view: list(isView, 'views', (s, v) => {
    s.view = v.length > 0 ? v : [...VIEWS];
  }),
  lanes: single(
    (v) => v === 'type' || v === 'person',
    'lanes',
    (s, v) => {
      s.lanes = v as Lanes;
    },
  ),
  lang: single(
    (v) => v === 'ar' || v === 'en',
    'lang',
    (s, v) => {
      s.lang = v as Lang;
    },
  ),
  // Addresses contain commas, so each src is its own parameter.
  src: (values, state, bad) => {
    for (const value of values) {
      if (value.trim() === '' || value.length > 2000) bad(value, 'address');
      else if (state.src.length >= MAX_SOURCES && !state.src.includes(value)) {
        bad(value, 'max-sources');
      } else if (!state.src.includes(value)) state.src.push(value);
    }
  },
  bundled: single(
    (v) => v === 'yes' || v === 'no',
    'yes-no',
    (s, v) => {
      s.bundled = v === 'yes';
    },
  ),
};
const PARSERS: ReadonlyMap<string, Parser> = new Map(Object.entries(PARSER_TABLE));

/** Reads a query string; anything unknown or malformed is dropped and reported, never thrown. */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = structuredClone(DEFAULT_URL_STATE);
  const notices: UrlNotice[] = [];
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const parser = PARSERS.get(key);
    if (!parser && EMBED_ONLY_PARAMS.includes(key)) continue;
    if (!parser) {
      notices.push({ param: key, value: values.join(','), reason: 'unknown-parameter', expected: '' });
      continue;
    }
    parser(values, state, (value, expected) =>
      notices.push({ param: key, value, reason: 'bad-value', expected }),
    );
  }
  if (state.from && state.to && state.from > state.to) {
    notices.push({
      param: 'to',
      value: state.to,
      reason: 'bad-value',
      expected: 'date-after-from',
    });
    state.to = null;
  }
  return { state, notices };
}

/** Writes the state as a query string, leaving out defaults so links stay short. Keys in contract order. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  if (state.article.length) params.set('article', state.article.join(','));
  if (state.person.length) params.set('person', state.person.join(','));
  if (state.mode !== d.mode) params.set('mode', state.mode);
  if (state.type.length) params.set('type', state.type.join(','));
  if (state.country.length) params.set('country', state.country.join(','));
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.certainty.length) params.set('certainty', state.certainty.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.q) params.set('q', state.q);
  if (state.window) params.set('window', `${state.window[0]}..${state.window[1]}`);
  if (state.event) params.set('event', state.event);
  if (state.view.join(',') !== d.view.join(',')) params.set('view', state.view.join(','));
  if (state.lanes !== d.lanes) params.set('lanes', state.lanes);
  if (state.lang !== d.lang) params.set('lang', state.lang);
  for (const src of state.src) params.append('src', src);
  if (!state.bundled) params.set('bundled', 'no');
  // Commas are legal in a query and keep shared links readable.
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
