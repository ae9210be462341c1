// One formatter per zone: making one costs far more than using it, and records check their zone
// each time they are validated. Zone names are validated IANA names, so the map stays small.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter of the zone's offsets, or null when the runtime knows no such zone. */
export function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      return null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC ("+03:00") at the instant, or null when the runtime cannot tell. */
export function zoneOffsetAt(zone: string, instant: Date): string | null {
  try {
    const name = zoneFormatter(zone)
      ?.formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name === 'GMT') return '+00:00';
    // Local mean times before standard zones have seconds ("GMT+02:30:17"): nothing to compare.
    return name && /^GMT[+-]\d{2}:\d{2}$/.test(name) ? name.slice(3) : null;
  } catch {
    return null;
  }
}

/** The zone's offsets on a day (YYYY-MM-DD), at its first and last UTC second: two when it changes that day. */
export function zoneOffsetsOn(zone: string, date: string): (string | null)[] {
  return [`${date}T00:00:00Z`, `${date}T23:59:59Z`].map((at) => zoneOffsetAt(zone, new Date(at)));
}
