import type {
  Certainty,
  EntityKind,
  EventType,
  Precision,
  ReviewState,
  Role,
  Status,
} from '../model/article-schema.ts';
import type { Lang } from '../model/format-date.ts';
import { EDITOR_AR } from './editor-messages-ar.ts';
import { EDITOR_EN } from './editor-messages-en.ts';
import type { ProblemWords } from './problem-words.ts';

/** Every piece of the editor's interface text, once per language. Arabic is the reference table. */
export interface EditorMessages {
  dir: 'rtl' | 'ltr';
  quoteOpen: string;
  quoteClose: string;
  title: string;
  backToExplorer: string;
  notFound: string;
  /** A draft kept in this browser in a shape the editor cannot read (an older or broken version's). */
  damaged: string;
  /** A part of the editor that threw while drawing: said in its place, never a blank page. */
  partFailed: string;
  backToList: string;
  loading: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  newArticle: string;
  /** A new draft could not be written to IndexedDB (quota, storage turned off). */
  startFailed: string;
  drafts: {
    heading: string;
    help: string;
    none: string;
    untitled: string;
    published: (date: string) => string;
    edited: (when: string) => string;
    events: (count: number) => string;
    open: string;
    openLabel: (title: string) => string;
    remove: string;
    removeLabel: (title: string) => string;
    confirmRemove: (title: string) => string;
    /** The title of a damaged draft in the list: it can only be removed. */
    damaged: string;
  };
  input: {
    heading: string;
    text: string;
    textHelp: string;
    openFile: string;
    fileProblems: Record<'too-large' | 'not-utf8' | 'kind', (file: string) => string>;
    looksLikeHtml: string;
    readAsHtml: string;
    size: (size: string, limit: string) => string;
    tooLong: (size: string, limit: string) => string;
    keepStart: (limit: string) => string;
    saveText: string;
    clearText: string;
    confirmClear: string;
    empty: string;
    metaHeading: string;
    source: string;
    sourceHelp: string;
    url: string;
    date: string;
    time: string;
    timeZone: string;
    timeZoneHelp: string;
    metaProblems: Record<
      'date-missing' | 'date-invalid' | 'date-future' | 'time-invalid' | 'zone-invalid' | 'url-invalid',
      string
    >;
    draft: string;
    redraft: string;
    confirmRedraft: string;
    backToReview: string;
    editInput: string;
    running: (seconds: string) => string;
    /** The drafter stopped on a fault of its own; its raw words go under `failedDetail`. */
    failed: string;
    failedDetail: string;
    /** The drafter's code did not arrive (offline; replaced by a new version). */
    unloaded: string;
  };
  warnings: Record<string, (detail: string) => string>;
  noEvents: string;
  reader: {
    heading: string;
    help: string;
  };
  selection: {
    heading: string;
    none: string;
    addTo: (title: string) => string;
    chooseEvent: string;
    moveHere: (n: string, title: string) => string;
    newEvent: string;
    newEventTitle: { ar: string; en: string };
    clear: string;
    twoParagraphs: string;
    added: (title: string) => string;
    created: string;
  };
  events: {
    heading: (count: number) => string;
    reviewed: (done: number, total: number) => string;
  };
  card: {
    review: Record<ReviewState, string>;
    accept: string;
    reject: string;
    undo: string;
    titleAr: string;
    titleEn: string;
    type: string;
    status: string;
    placeAr: string;
    placeEn: string;
    initiator: string;
    noInitiator: string;
    participants: string;
    noParticipants: string;
    remove: (name: string) => string;
    search: string;
    noMatches: string;
    add: (name: string) => string;
    newEntity: string;
    newEntityAr: string;
    newEntityEn: string;
    newEntityKind: string;
    create: string;
    role: string;
    when: string;
    whenText: string;
    whenTextHelp: string;
    start: string;
    end: string;
    precision: string;
    certainty: string;
    rule: string;
    evidence: string;
    paragraph: (n: string) => string;
    adjust: string;
    setToSelection: string;
    removeEvidence: string;
  };
  problems: {
    heading: (count: number) => string;
    valid: string;
    raw: string;
    codes: ProblemWords;
  };
  finish: {
    heading: string;
    help: string;
    download: string;
    openInExplorer: string;
    blocked: string;
    saved: (time: string) => string;
    notSaved: string;
    /** No IndexedDB: the draft is held by the tab alone. */
    tabOnly: (time: string) => string;
  };
  types: Record<EventType, string>;
  statuses: Record<Status, string>;
  roles: Record<Role, string>;
  precisions: Record<Precision, string>;
  certainties: Record<Certainty, string>;
  kinds: Record<EntityKind, string>;
}

/** The editor's words in each interface language. */
export const EDITOR_MESSAGES: Record<Lang, EditorMessages> = { ar: EDITOR_AR, en: EDITOR_EN };
