import { type Clock, systemClock } from './clock';

/** At most `requests` requests in any window of `per` milliseconds. */
export interface RateLimit {
  readonly requests: number;
  readonly per: number;
}

/** ClinicalTrials.gov asks for about 50 requests a minute; the default for every client. */
export const defaultRateLimit: RateLimit = { requests: 50, per: 60_000 };

/**
 * A sliding-window rate limit: a request may start when fewer than `requests` started in the last
 * `per` milliseconds. Callers wait their turn in order. One limiter can be shared by several
 * clients that talk to the same server; retries count like any request.
 */
export class RateLimiter {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly limit: RateLimit = defaultRateLimit,
    private readonly clock: Clock = systemClock,
  ) {
    if (!(Number.isInteger(limit.requests) && limit.requests > 0 && limit.per > 0)) {
      throw new RangeError('a rate limit needs a positive whole number of requests and a period');
    }
  }

  /** Waits until one more request fits, and counts it. Rejects with the signal's reason on abort. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.wait(signal));
    // A caller that gave up does not hold up the ones behind it.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async wait(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      while (this.starts.length > 0 && this.starts[0]! <= now - this.limit.per) this.starts.shift();
      if (this.starts.length < this.limit.requests) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(this.starts[0]! + this.limit.per - now, signal);
    }
  }
}
