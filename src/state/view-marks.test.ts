// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markViewPresented, VIEW_MARKS, VIEWS_READY_MARK } from './view-marks.ts';

const startOf = (name: string) => performance.getEntriesByName(name, 'mark').map((e) => e.startTime);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((done) => setTimeout(done, 10));
};

describe('view marks', () => {
  it('marks each view once after a frame, and views-ready at the latest of the five marks', async () => {
    markViewPresented(VIEW_MARKS.list);
    markViewPresented(VIEW_MARKS.list);
    markViewPresented(VIEW_MARKS.article);
    // Not yet: the marks wait for the next frame to have been presented.
    expect(startOf(VIEW_MARKS.list)).toEqual([]);
    await until(() => startOf(VIEW_MARKS.article).length > 0);
    expect(startOf(VIEW_MARKS.list)).toHaveLength(1);
    performance.mark('rasd:events-presented');
    performance.mark('rasd:graph-settled');
    markViewPresented(VIEW_MARKS.search);
    await until(() => startOf(VIEWS_READY_MARK).length > 0);
    const latest = Math.max(
      ...['rasd:events-presented', 'rasd:graph-settled', ...Object.values(VIEW_MARKS)].map(
        (name) => startOf(name)[0] as number,
      ),
    );
    expect(startOf(VIEWS_READY_MARK)).toEqual([latest]);
    expect(startOf(VIEW_MARKS.search)).toEqual([latest]);
  });
});
