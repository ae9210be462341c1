import { afterEach, describe, expect, it, vi } from 'vitest';
import { taskBudget } from './task-budget.ts';

let now = 0;
let pending: boolean | undefined;

function stubInput(isInputPending: (() => boolean) | undefined) {
  vi.stubGlobal('navigator', { scheduling: isInputPending ? { isInputPending } : undefined });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('taskBudget', () => {
  it('ends once its time has passed', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    stubInput(undefined);
    now = 1000;
    const spent = taskBudget(30);
    now = 1029.9;
    expect(spent()).toBe(false);
    now = 1030;
    expect(spent()).toBe(true);
  });

  it('ends as soon as input waits, and goes on when it no longer does', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    stubInput(() => pending === true);
    now = 0;
    const spent = taskBudget(30);
    pending = false;
    expect(spent()).toBe(false);
    pending = true;
    expect(spent()).toBe(true);
    pending = false;
    now = 10;
    expect(spent()).toBe(false);
  });

  it('counts time only where the browser cannot tell about input', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.stubGlobal('navigator', { scheduling: {} });
    now = 0;
    const spent = taskBudget(30);
    expect(spent()).toBe(false);
    now = 30;
    expect(spent()).toBe(true);
  });
});
