// Test helper: a clock whose time moves only when the code under test sleeps. A sleep returns at
// once (after the event loop turns), with the time moved on by its length, so backoff and rate
// limits run in no real time and the same every run.
import { setImmediate } from 'node:timers/promises';
import type { Clock } from '../clock';

export class TestClock implements Clock {
  /** Every sleep asked for, in ms, in order. */
  readonly sleeps: number[] = [];
  /** Called as a sleep starts: a test can abort here, in the middle of a backoff. */
  onSleep: ((ms: number) => void) | undefined;

  constructor(public time = Date.parse('2025-01-15T12:00:00Z')) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    this.onSleep?.(ms);
    signal?.throwIfAborted();
    await setImmediate();
    signal?.throwIfAborted();
    this.time += ms;
  }
}

/** Collects unhandled rejections while a test file runs; `none()` is true when there were none. */
export function watchUnhandledRejections(): { readonly seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  return { seen, stop: () => process.off('unhandledRejection', listener) };
}
