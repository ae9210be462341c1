import type { DraftWarning } from './draft-types.ts';

/** The publication's zone and its offset from UTC on that day (and time, across a clock change). */
export function publicationZone(
  zone: string | undefined,
  date: string,
  time: string | null,
): { timeZone: string; utcOffset: string; warning?: DraftWarning } {
  const timeZone = zone?.trim() || 'UTC';
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  } catch {
    return { timeZone: 'UTC', utcOffset: '+00:00', warning: { code: 'unknown-time-zone', detail: timeZone } };
  }
  const at = new Date(`${date}T${time ?? '12:00'}:00Z`);
  const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  const utcOffset = m ? `${m[1]}${(m[2] as string).padStart(2, '0')}:${m[3] ?? '00'}` : '+00:00';
  return zone?.trim()
    ? { timeZone, utcOffset }
    : { timeZone, utcOffset, warning: { code: 'time-zone-assumed' } };
}
