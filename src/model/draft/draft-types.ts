/** What the person drafting tells about the article; only the publication date is required. */
export interface DraftMeta {
  published: { date: string; time?: string | null; timeZone?: string };
  /** The outlet's name as typed, e.g. "SANA" or "سانا". */
  source?: string;
  url?: string;
  /** The record's id; made from the outlet, the date and the text when absent. */
  id?: string;
  invented?: boolean;
}

/** Something the person reviewing the draft should know, by code (the interface words them). */
export interface DraftWarning {
  code:
    | 'empty-text'
    | 'no-paragraphs'
    | 'no-events'
    | 'time-zone-assumed'
    | 'unknown-time-zone'
    | 'future-publication'
    | 'english-name-missing'
    | 'dateline-not-found';
  detail?: string;
}
