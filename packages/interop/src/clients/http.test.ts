// The HTTP core against a local server: retries, backoff, Retry-After, typed errors, timeouts,
// abort, and the rate limit, with the time of a test clock.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from './clock';
import { HttpError, NetworkError, ProtocolError } from './errors';
import { HttpClient, isRetryableStatus, parseRetryAfter } from './http';
import { RateLimiter } from './rate-limit';
import { TestClock, watchUnhandledRejections } from './testing/clock';
import { ReplayServer, type Reply } from './testing/replay-server';

const rejections = watchUnhandledRejections();
let reply: Reply = { body: { ok: true } };
let server: ReplayServer;
let clock: TestClock;

beforeAll(async () => {
  server = await ReplayServer.start(() => reply);
});
afterEach(() => {
  server.requests.length = 0;
  server.faults.length = 0;
  server.onRequest = undefined;
  reply = { body: { ok: true } };
});
afterAll(async () => {
  await server.close();
  rejections.stop();
  expect(rejections.seen).toEqual([]);
});

const client = (options: ConstructorParameters<typeof HttpClient>[0] = {}) => {
  clock = new TestClock();
  return new HttpClient({ clock, rateLimit: false, ...options });
};

describe('Retry-After', () => {
  const now = Date.parse('2025-01-15T12:00:00Z');

  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 15 Jan 2025 12:00:30 GMT', 30_000],
    ['Wednesday, 15-Jan-25 12:01:00 GMT', 60_000],
    ['Wed Jan 15 12:00:05 2025', 5_000],
    ['Wed, 15 Jan 2025 11:00:00 GMT', 0],
  ])('reads %j as %i ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  it.each([null, '', '1.5', '-3', 'soon', 'Wed, 99 Foo 2025'])('ignores %j', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });

  it('retries 408, 429 and 5xx but 501, and nothing else', () => {
    const retried = [200, 301, 400, 401, 403, 404, 408, 429, 500, 501, 502, 503, 504].filter(
      isRetryableStatus,
    );
    expect(retried).toEqual([408, 429, 500, 502, 503, 504]);
  });
});

describe('HttpClient', () => {
  it('gets JSON, with the accept header and the caller’s headers', async () => {
    const http = client({ headers: { 'x-example': 'Beispiel' } });
    const { json } = await http.getJson(`${server.base}/a`, { 'x-page': '1' });
    expect(json).toEqual({ ok: true });
    expect(server.requests[0]?.headers).toMatchObject({
      accept: 'application/json',
      'x-example': 'Beispiel',
      'x-page': '1',
    });
    expect(http.stats).toEqual({ requests: 1, retries: 0 });
  });

  it('waits what Retry-After asks for, in seconds and as an HTTP-date', async () => {
    const http = client();
    const date = new Date(Date.parse('2025-01-15T12:00:00Z') + 7000).toUTCString();
    server.faults.push(
      { kind: 'status', status: 429, retryAfter: '3' },
      { kind: 'status', status: 503, retryAfter: date },
    );
    expect((await http.getJson(`${server.base}/a`)).json).toEqual({ ok: true });
    expect(clock.sleeps).toEqual([3000, 4000]);
    expect(http.stats).toEqual({ requests: 3, retries: 2 });
  });

  it('backs off exponentially with full jitter up to maxDelay', async () => {
    const http = client({
      retry: { retries: 6, baseDelay: 100, maxDelay: 1000, random: () => 0.5 },
    });
    for (let i = 0; i < 6; i++) server.faults.push({ kind: 'status', status: 502 });
    await http.getJson(`${server.base}/a`);
    expect(clock.sleeps).toEqual([50, 100, 200, 400, 500, 500]);
  });

  it('gives up after the retries with an HttpError that has status, URL and body', async () => {
    const http = client({ retry: { retries: 2 } });
    for (let i = 0; i < 3; i++) server.faults.push({ kind: 'status', status: 503 });
    const error = await http.getJson(`${server.base}/b?x=1`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 503,
      url: `${server.base}/b?x=1`,
      body: 'Example fault: 503',
    });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 4xx, and says what the server said', async () => {
    const http = client();
    reply = { status: 400, body: 'The value of pageSize\nis not a number' };
    await expect(http.getJson(`${server.base}/c`)).rejects.toThrow(
      /^HTTP 400 from http:\/\/127\.0\.0\.1:\d+\/c: The value of pageSize is not a number$/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('gives up at once when Retry-After asks for more than maxRetryAfter', async () => {
    const http = client({ retry: { maxRetryAfter: 60_000 } });
    server.faults.push({ kind: 'status', status: 429, retryAfter: '3600' });
    await expect(http.getJson(`${server.base}/d`)).rejects.toMatchObject({
      name: 'HttpError',
      status: 429,
      retryAfter: 3_600_000,
    });
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a connection reset and a body cut off half-way', async () => {
    const http = client({ retry: { random: () => 0 } });
    reply = { body: { studies: Array.from({ length: 200 }, (_, i) => ({ i })) } };
    server.faults.push({ kind: 'reset' }, { kind: 'truncate' });
    const { json } = await http.getJson(`${server.base}/e`);
    expect((json as { studies: unknown[] }).studies).toHaveLength(200);
    expect(http.stats).toEqual({ requests: 3, retries: 2 });
  });

  it('ends with a NetworkError naming the URL and the cause when resets go on', async () => {
    const retried: string[] = [];
    const http = client({
      retry: { retries: 1, random: () => 0 },
      onRetry: (event) => retried.push(`${event.retry} ${event.error.name} ${event.delay}`),
    });
    server.faults.push({ kind: 'reset' }, { kind: 'reset' });
    const error = await http.getJson(`${server.base}/f`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).url).toBe(`${server.base}/f`);
    expect((error as Error).message).toMatch(/^network error at http:\/\/127\.0\.0\.1:\d+\/f: /);
    expect(retried).toEqual(['1 NetworkError 0']);
  });

  it('says ProtocolError for a body that is no JSON, and does not retry it', async () => {
    const http = client();
    reply = { body: '<html>Wartung</html>' };
    await expect(http.getJson(`${server.base}/g`)).rejects.toThrow(ProtocolError);
    await expect(http.getJson(`${server.base}/g`)).rejects.toThrow(
      'the response is not JSON: "<html>Wartung</html>"',
    );
    expect(server.requests).toHaveLength(2);
  });

  it('times an attempt out, and retries it', async () => {
    const http = client({ timeout: 50, retry: { retries: 1, random: () => 0 } });
    server.faults.push({ kind: 'hang' });
    expect((await http.getJson(`${server.base}/h`)).json).toEqual({ ok: true });
    server.faults.push({ kind: 'hang' }, { kind: 'hang' });
    await expect(http.getJson(`${server.base}/h`)).rejects.toThrow(
      /no complete response within 50 ms/,
    );
  });
});

describe('abort', () => {
  it('stops a request in flight with the signal’s own reason', async () => {
    const controller = new AbortController();
    const http = client({ signal: controller.signal });
    server.faults.push({ kind: 'hang' });
    server.onRequest = () => controller.abort();
    const error = await http.getJson(`${server.base}/i`).catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });

  it('passes a reason of the caller’s own through', async () => {
    const controller = new AbortController();
    const reason = new Error('Beispiel: the user closed the page');
    const http = client({ signal: controller.signal });
    server.faults.push({ kind: 'hang' });
    server.onRequest = () => controller.abort(reason);
    await expect(http.getJson(`${server.base}/i`)).rejects.toBe(reason);
  });

  it('stops in a backoff wait, and sends nothing after', async () => {
    const controller = new AbortController();
    const http = client({ signal: controller.signal });
    clock.onSleep = () => controller.abort();
    server.faults.push({ kind: 'status', status: 503 });
    const error = await http.getJson(`${server.base}/j`).catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });

  it('stops in a real backoff wait at once, timer cleared', async () => {
    const controller = new AbortController();
    const http = new HttpClient({
      signal: controller.signal,
      clock: systemClock,
      rateLimit: false,
      retry: { baseDelay: 600_000, maxDelay: 600_000, random: () => 0.99 },
      onRetry: () => setTimeout(() => controller.abort(), 10),
    });
    server.faults.push({ kind: 'status', status: 503 });
    const started = Date.now();
    const error = await http.getJson(`${server.base}/k`).catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    // Far below the 594 s the backoff asked for: the wait ended with the abort.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal was aborted before', async () => {
    const http = client({ signal: AbortSignal.abort() });
    await expect(http.getJson(`${server.base}/l`)).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('rate limit', () => {
  /** Whether no `per`-ms window holds more than `requests` of the times. */
  const respects = (times: number[], requests: number, per: number) =>
    times.every((time, i) => i + requests >= times.length || times[i + requests]! - time >= per);

  it('holds 120 requests to 50 a minute by default, retries included', async () => {
    const testClock = new TestClock();
    const http = new HttpClient({ clock: testClock, retry: { random: () => 0 } });
    const local = await ReplayServer.start(() => ({ body: {} }), testClock);
    try {
      local.faults.push({ kind: 'status', status: 429, retryAfter: '0' });
      for (let i = 0; i < 119; i++) await http.getJson(`${local.base}/n${i}`);
      const times = local.requests.map((request) => request.time);
      expect(times).toHaveLength(120);
      expect(respects(times, 50, 60_000)).toBe(true);
      // The 51st and 101st request waited for the window: two minutes in all.
      expect(times.at(-1)! - times[0]!).toBe(120_000);
      expect(respects(times, 51, 60_000)).toBe(true);
      expect(respects(times, 50, 60_001)).toBe(false);
    } finally {
      await local.close();
    }
  });

  it('is shared by the clients that share a limiter, in order of asking', async () => {
    const testClock = new TestClock();
    const limiter = new RateLimiter({ requests: 2, per: 1000 }, testClock);
    // When each request leaves: the server may see them later, in real time.
    const sent: string[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      sent.push(`${String(input).slice(-2)} ${testClock.now() - start}`);
      return globalThis.fetch(input, init);
    };
    const start = testClock.now();
    const a = new HttpClient({ clock: testClock, rateLimit: limiter, fetch });
    const b = new HttpClient({ clock: testClock, rateLimit: limiter, fetch });
    await Promise.all([
      a.getJson(`${server.base}/a1`),
      b.getJson(`${server.base}/b1`),
      a.getJson(`${server.base}/a2`),
      b.getJson(`${server.base}/b2`),
      a.getJson(`${server.base}/a3`),
    ]);
    expect(sent).toEqual(['a1 0', 'b1 0', 'a2 1000', 'b2 1000', 'a3 2000']);
  });

  it('lets a waiting caller abort without holding up the others', async () => {
    const testClock = new TestClock();
    const limiter = new RateLimiter({ requests: 1, per: 1000 }, testClock);
    await limiter.take();
    const controller = new AbortController();
    testClock.onSleep = () => controller.abort();
    await expect(limiter.take(controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    testClock.onSleep = undefined;
    await limiter.take();
    expect(testClock.time - Date.parse('2025-01-15T12:00:00Z')).toBe(1000);
  });

  it('refuses a limit that is none', () => {
    expect(() => new RateLimiter({ requests: 0, per: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ requests: 1.5, per: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ requests: 1, per: 0 })).toThrow(RangeError);
  });
});
