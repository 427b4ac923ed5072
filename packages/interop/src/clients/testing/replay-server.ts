// Test helper: a local HTTP server (node:http, 127.0.0.1 only) that answers from recorded
// responses, with faults injected request by request. No test reaches the internet.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../clock';

/** A response to replay. Objects are sent as JSON. */
export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** What a request was: its URL on this server, its headers, and when it came (the test clock). */
export interface RecordedRequest {
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  readonly time: number;
}

/**
 * A fault instead of the reply: a status (with `Retry-After`), a connection reset before any
 * response, a body cut off half-way (headers promise all of it), or no answer at all.
 */
export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string }
  | { readonly kind: 'reset' }
  | { readonly kind: 'truncate' }
  | { readonly kind: 'hang' };

export type Handler = (request: RecordedRequest) => Reply;

export class ReplayServer {
  /** Every request, faulty ones included, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Faults for the next requests, first come first served; a request without one is answered. */
  readonly faults: Fault[] = [];
  /** Called as each request comes in, before it is answered. */
  onRequest: ((request: RecordedRequest) => void) | undefined;

  private constructor(
    private readonly server: Server,
    readonly base: string,
  ) {}

  /** Starts a server on a free port of 127.0.0.1. */
  static async start(handler: Handler, clock?: Clock): Promise<ReplayServer> {
    let replay: ReplayServer | undefined;
    const server = createServer((request, response) => {
      replay!.answer(handler, request, response, clock);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    replay = new ReplayServer(server, `http://127.0.0.1:${port}`);
    return replay;
  }

  private answer(handler: Handler, req: IncomingMessage, res: ServerResponse, clock?: Clock) {
    const request: RecordedRequest = {
      url: new URL(req.url ?? '/', this.base),
      headers: req.headers,
      time: clock ? clock.now() : Date.now(),
    };
    this.requests.push(request);
    this.onRequest?.(request);
    const fault = this.faults.shift();
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') {
      const body = `Example fault: ${fault.status}`;
      res.writeHead(fault.status, {
        'content-type': 'text/plain',
        'content-length': Buffer.byteLength(body),
        ...(fault.retryAfter !== undefined && { 'retry-after': fault.retryAfter }),
      });
      res.end(body);
      return;
    }
    let reply: Reply;
    try {
      reply = handler(request);
    } catch (error) {
      reply = { status: 500, body: `handler failed: ${(error as Error).message}` };
    }
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    const bytes = Buffer.from(text);
    res.writeHead(reply.status ?? 200, {
      'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json',
      'content-length': bytes.length,
      ...reply.headers,
    });
    if (fault?.kind === 'truncate') {
      // Half the body, then the connection goes: the Content-Length promised more.
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => req.socket.destroy());
      return;
    }
    res.end(bytes);
  }

  /** The requests whose path is `path`. */
  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.url.pathname === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
