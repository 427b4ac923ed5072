// The HTTP core of the source clients: GET JSON with retries, backoff, a rate limit, timeouts and
// abort. Only `fetch`, `AbortSignal` and timers: it runs in browsers, Node and edge runtimes.
import { type Clock, systemClock } from './clock';
import { HttpError, NetworkError, ProtocolError } from './errors';
import { defaultRateLimit, type RateLimit, RateLimiter } from './rate-limit';

export interface RetryOptions {
  /** Retries after the first attempt. Default 5. */
  readonly retries: number;
  /** The backoff's first ceiling, in ms; it doubles with every retry. Default 1,000. */
  readonly baseDelay: number;
  /** The backoff's highest ceiling, in ms. Default 60,000. */
  readonly maxDelay: number;
  /**
   * The longest `Retry-After` the client waits, in ms; a server that asks for more gets an
   * `HttpError` with its `retryAfter` at once. Default 300,000 (five minutes).
   */
  readonly maxRetryAfter: number;
  /** A number in [0, 1) for the jitter. Default `Math.random`. */
  readonly random: () => number;
}

export const defaultRetry: RetryOptions = {
  retries: 5,
  baseDelay: 1000,
  maxDelay: 60_000,
  maxRetryAfter: 300_000,
  random: Math.random,
};

/** One retry about to happen, for logs and progress. */
export interface RetryEvent {
  readonly url: string;
  /** The retry's number, from 1. */
  readonly retry: number;
  /** How long the client waits first, in ms. */
  readonly delay: number;
  /** Why: the HttpError of a 429 or 5xx, or the NetworkError. */
  readonly error: HttpError | NetworkError;
}

/** What every client takes. */
export interface ClientOptions {
  /** The `fetch` to use. Default: the global one. */
  readonly fetch?: typeof fetch;
  /** Stops the search: in a request, in a backoff wait, or between pages. */
  readonly signal?: AbortSignal;
  /** Retry settings, or `false` for none. */
  readonly retry?: Partial<RetryOptions> | false;
  /**
   * The rate limit (default 50 requests a minute), a `RateLimiter` shared with other clients, or
   * `false` for none.
   */
  readonly rateLimit?: RateLimit | RateLimiter | false;
  /** Time for backoff and rate limit waits. Default: real time. */
  readonly clock?: Clock;
  /** The longest one attempt may take, body included, in ms (real time). Default 60,000. */
  readonly timeout?: number;
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Called before each retry. */
  readonly onRetry?: (event: RetryEvent) => void;
}

/** Counts of one client's requests. */
export interface RequestStats {
  /** Requests sent, retries included. */
  requests: number;
  retries: number;
}

/**
 * Milliseconds a `Retry-After` header asks for: delay-seconds or an HTTP-date (RFC 9110 §10.2.3),
 * measured from `now`. Undefined when there is none or it cannot be read.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // The three HTTP-date forms start with a day name; `Date.parse` alone would take "1.5" as a date.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  // asctime has no zone, and means GMT.
  const date = Date.parse(/GMT$/i.test(text) ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** 408 and 429, and 5xx but 501 Not Implemented: worth asking again. */
export const isRetryableStatus = (status: number) =>
  status === 408 || status === 429 || (status >= 500 && status !== 501);

const bodyPreview = 300;

async function errorBody(response: Response): Promise<string | undefined> {
  try {
    const text = (await response.text()).replace(/\s+/g, ' ').trim();
    return text.length > bodyPreview ? `${text.slice(0, bodyPreview)}…` : text || undefined;
  } catch {
    return undefined;
  }
}

type Attempt =
  | { readonly ok: true; readonly json: unknown; readonly response: Response }
  | { readonly ok: false; readonly error: HttpError | NetworkError; readonly retryAfter?: number };

/** GETs JSON documents with the options' retries, rate limit, timeout and signal. */
export class HttpClient {
  readonly stats: RequestStats = { requests: 0, retries: 0 };
  private readonly fetch: typeof fetch;
  private readonly retry: RetryOptions;
  private readonly limiter: RateLimiter | undefined;
  private readonly clock: Clock;

  constructor(private readonly options: ClientOptions = {}) {
    // Unbound, a browser's fetch throws "Illegal invocation".
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.retry =
      options.retry === false
        ? { ...defaultRetry, retries: 0 }
        : { ...defaultRetry, ...options.retry };
    this.clock = options.clock ?? systemClock;
    const limit = options.rateLimit;
    this.limiter =
      limit === false
        ? undefined
        : limit instanceof RateLimiter
          ? limit
          : new RateLimiter(limit ?? defaultRateLimit, this.clock);
  }

  /**
   * The JSON of a URL. Retries 408, 429, 5xx (but 501) and network errors with exponential
   * backoff and full jitter, or after the server's `Retry-After`. Throws `HttpError`,
   * `NetworkError` or `ProtocolError` (a body that is not JSON); an abort rejects with the
   * signal's reason, also during a wait.
   */
  async getJson(
    url: string,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<{ json: unknown; response: Response }> {
    const { signal } = this.options;
    for (let retry = 0; ; retry++) {
      signal?.throwIfAborted();
      await this.limiter?.take(signal);
      const attempt = await this.attempt(url, headers);
      if (attempt.ok) return attempt;
      signal?.throwIfAborted();
      if (retry >= this.retry.retries) throw attempt.error;
      const { retryAfter } = attempt;
      if (retryAfter !== undefined && retryAfter > this.retry.maxRetryAfter) {
        const error = attempt.error as HttpError;
        throw new HttpError(error.status, url, error.body, retryAfter);
      }
      // Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a random wait up
      // to a ceiling that doubles, so clients that failed together do not return together.
      const ceiling = Math.min(this.retry.maxDelay, this.retry.baseDelay * 2 ** retry);
      const delay = retryAfter ?? Math.floor(this.retry.random() * ceiling);
      this.stats.retries++;
      this.options.onRetry?.({ url, retry: retry + 1, delay, error: attempt.error });
      await this.clock.sleep(delay, signal);
    }
  }

  /** One request, body included. Resolves to what happened; rejects only on abort or bad JSON. */
  private async attempt(url: string, headers: Readonly<Record<string, string>>): Promise<Attempt> {
    const { signal } = this.options;
    const timeout = this.options.timeout ?? 60_000;
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      Number.isFinite(timeout) && timeout > 0
        ? setTimeout(
            () =>
              controller.abort(
                new DOMException(`no complete response within ${timeout} ms`, 'TimeoutError'),
              ),
            timeout,
          )
        : undefined;
    this.stats.requests++;
    try {
      const response = await this.fetch(url, {
        headers: { accept: 'application/json', ...this.options.headers, ...headers },
        signal: controller.signal,
      });
      if (!response.ok) {
        const error = new HttpError(response.status, url, await errorBody(response));
        if (!isRetryableStatus(response.status)) throw error;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.clock.now());
        return { ok: false, error, ...(retryAfter !== undefined && { retryAfter }) };
      }
      // A body cut off mid-way rejects here, like a reset: a network error, worth a retry.
      const text = await response.text();
      try {
        return { ok: true, json: JSON.parse(text), response };
      } catch {
        throw new ProtocolError(
          `the response is not JSON: ${JSON.stringify(text.slice(0, 60))}`,
          url,
        );
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof HttpError || error instanceof ProtocolError) throw error;
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      return { ok: false, error: new NetworkError(url, reason) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}
