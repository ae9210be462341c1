import type { ArticleInput } from '../../src/model/article-schema.ts';
import { EVENT_TYPES } from '../../src/model/article-schema.ts';
import type { Points } from '../pages/points.ts';

const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The same events as the app shows, reduced to what a bare timeline draws: one point per dated event
 * at its first day (or the last day of a range open towards the past), in a lane per event type,
 * as Rasd's default lanes are, with its interval for the pages that draw ranges as bars. A later
 * report of an event (sameAs) is the same event, shown once, as Rasd shows it. Undated events have no
 * place on a time axis and are left out.
 */
export function pointsOf(records: readonly ArticleInput[]): Points {
  const points: Points = {
    groups: [...EVENT_TYPES],
    time: [],
    group: [],
    label: [],
    start: [],
    end: [],
    bar: [],
  };
  for (const record of records) {
    for (const event of record.events) {
      if (event.sameAs?.length) continue;
      const { start, end, precision } = event.when;
      const time = start ? ms(start) : end ? ms(end) + DAY - 1 : null;
      if (time === null) continue;
      points.time.push(time);
      points.group.push(EVENT_TYPES.indexOf(event.type));
      points.label.push(event.title.en);
      points.start.push(start ? ms(start) : null);
      points.end.push(end ? ms(end) + DAY : null);
      points.bar.push(precision === 'day' ? 0 : 1);
    }
  }
  return points;
}
