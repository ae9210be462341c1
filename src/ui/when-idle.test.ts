import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleSlices, whenIdle } from './when-idle.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('asks for an idle callback with the timeout given, and cancels that one', () => {
    const calls: [IdleRequestCallback, IdleRequestOptions | undefined][] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
      calls.push([callback, options]);
      return 7;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const work = vi.fn();
    const cancel = whenIdle(work, { timeout: 500 });
    expect(calls.map(([, options]) => options)).toEqual([{ timeout: 500 }]);
    expect(work).not.toHaveBeenCalled();
    calls[0]?.[0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(work).toHaveBeenCalledTimes(1);
    // The work is told the idle period's time left.
    expect(work.mock.calls[0]?.[0]()).toBe(10);
    cancel();
    expect(cancelled).toEqual([7]);
    whenIdle(work);
    expect(calls[1]?.[1]).toBeUndefined();
  });

  it('falls back to a timer where the browser cannot say when it is idle', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const work = vi.fn();
    whenIdle(work, { fallbackMs: 50 });
    vi.advanceTimersByTime(49);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    whenIdle(cancelled)();
    vi.advanceTimersByTime(100);
    expect(cancelled).not.toHaveBeenCalled();
  });
});

describe('inIdleSlices', () => {
  it('calls the step once an idle period, with its time left, until the step is done', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const seen: number[] = [];
    inIdleSlices((timeLeft) => {
      seen.push(timeLeft());
      return seen.length === 2;
    });
    expect(idle).toHaveLength(1);
    idle[0]?.({ didTimeout: false, timeRemaining: () => 12 });
    expect(idle).toHaveLength(2);
    idle[1]?.({ didTimeout: false, timeRemaining: () => 3 });
    expect(seen).toEqual([12, 3]);
    expect(idle).toHaveLength(2);
  });

  it('stops at the slice it is in when stopped', () => {
    const cancelled: number[] = [];
    let id = 0;
    vi.stubGlobal('requestIdleCallback', () => ++id);
    vi.stubGlobal('cancelIdleCallback', (n: number) => cancelled.push(n));
    const stop = inIdleSlices(() => false);
    stop();
    expect(cancelled).toEqual([1]);
  });

  it('runs slices of 8 ms in timer tasks where the browser cannot say when it is idle', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const seen: number[] = [];
    const stop = inIdleSlices((timeLeft) => {
      seen.push(timeLeft());
      return false;
    });
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(seen).toEqual([8, 8]);
    stop();
    vi.advanceTimersByTime(100);
    expect(seen).toHaveLength(2);
  });
});
