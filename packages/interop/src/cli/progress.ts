import type { Writable } from 'node:stream';

/**
 * A one-line progress count on stderr, for long runs on a terminal only: after a second, every
 * quarter second at most. `--quiet` and non-terminal stderr (pipes, CI logs) get nothing.
 */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: Writable & { isTTY?: boolean },
    private readonly quiet: boolean,
  ) {}

  tick(records: number): void {
    if (this.quiet || !this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.last < 250) return;
    this.last = now;
    this.shown = true;
    const seconds = (now - this.started) / 1000;
    this.stream.write(
      `\r${records.toLocaleString('en')} records, ${Math.round(records / seconds).toLocaleString('en')}/s `,
    );
  }

  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}
