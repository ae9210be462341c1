import type { ArticleInput } from '../../src/model/article-schema.ts';
import { EVENT_TYPES } from '../../src/model/article-schema.ts';
import type { Points } from '../pages/points.ts';

const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The same events as the app shows, reduced to what a bare timeline draws: one point per dated event
 * at its first day (or the last day of a range open towards the past), in a lane per event type,
 * as Rasd's default lanes are. Undated events have no place on a time axis and are left out.
 */
export function pointsOf(records: readonly ArticleInput[]): Points {
  const points: Points = { groups: [...EVENT_TYPES], time: [], group: [], label: [] };
  for (const record of records) {
    for (const event of record.events) {
      const { start, end } = event.when;
      const time = start ? ms(start) : end ? ms(end) + DAY - 1 : null;
      if (time === null) continue;
      points.time.push(time);
      points.group.push(EVENT_TYPES.indexOf(event.type));
      points.label.push(event.title.en);
    }
  }
  return points;
}
