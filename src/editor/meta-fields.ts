/** The article's details as typed in the editor's form, before they become the record's. */
export interface MetaFields {
  source: string;
  url: string;
  /** YYYY-MM-DD, as a date input gives it. */
  date: string;
  /** HH:MM or empty. */
  time: string;
  timeZone: string;
}

/** A problem with one field: an error stops drafting, a warning does not. */
export interface MetaProblem {
  field: keyof MetaFields;
  code: 'date-missing' | 'date-invalid' | 'date-future' | 'time-invalid' | 'zone-invalid' | 'url-invalid';
  severity: 'error' | 'warning';
}

/** The browser's own time zone, or UTC when it gives none. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether `zone` is an IANA zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date in `zone` at `now` (ms), YYYY-MM-DD. */
export function todayIn(zone: string, now: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: isTimeZone(zone) ? zone : 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}

function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** Every problem with the fields, given today's date where the article was published. */
export function checkMeta(fields: MetaFields, today: string): MetaProblem[] {
  const problems: MetaProblem[] = [];
  if (!fields.date) problems.push({ field: 'date', code: 'date-missing', severity: 'error' });
  else if (!isRealDate(fields.date))
    problems.push({ field: 'date', code: 'date-invalid', severity: 'error' });
  // An article dated tomorrow is usually a slip, but an embargoed story is not: warn, do not block.
  else if (fields.date > today) problems.push({ field: 'date', code: 'date-future', severity: 'warning' });
  if (fields.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(fields.time)) {
    problems.push({ field: 'time', code: 'time-invalid', severity: 'error' });
  }
  if (!isTimeZone(fields.timeZone))
    problems.push({ field: 'timeZone', code: 'zone-invalid', severity: 'error' });
  if (fields.url.trim() && !isWebAddress(fields.url.trim())) {
    problems.push({ field: 'url', code: 'url-invalid', severity: 'error' });
  }
  return problems;
}
