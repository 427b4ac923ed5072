// The typed errors of the source clients. An abort is not one of them: the reason of the caller's
// AbortSignal (a DOMException named AbortError, unless the caller gave another) comes through
// unchanged, so `signal.reason === error` holds for the caller.

/** A response with a status that is not 2xx, after any retries. */
export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly status: number,
    readonly url: string,
    /** The start of the response body, whitespace collapsed: servers put the reason there. */
    readonly body?: string,
    /** What the server's `Retry-After` asked for, in milliseconds, when it asked too much. */
    readonly retryAfter?: number,
  ) {
    super(`HTTP ${status} from ${url}${body ? `: ${body}` : ''}`);
  }
}

/** A request that failed without a response (reset, refused, timed out, cut off), after retries. */
export class NetworkError extends Error {
  override name = 'NetworkError';

  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`network error at ${url}: ${describe(cause)}`, { cause });
  }
}

/**
 * A page that is not what the API promises: not JSON, not a page of studies or a Bundle, a next
 * page that was already fetched (it would never end), more pages than allowed, or a next link to
 * another server.
 */
export class ProtocolError extends Error {
  override name = 'ProtocolError';

  constructor(
    message: string,
    readonly url: string,
  ) {
    super(`${message} (${url})`);
  }
}

/** An error's message with its cause's, as undici puts the reason of "fetch failed" there. */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return cause
    ? `${error.message} (${typeof code === 'string' ? `${code}: ` : ''}${cause.message})`
    : error.message;
}
