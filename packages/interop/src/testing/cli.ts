// Test helper: runs the CLI in-process with captured streams.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../cli/run';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const collect = (stream: PassThrough) => {
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  return () => text;
};

export async function cli(args: string[], stdin = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: out(), stderr: err() };
}

/** A temporary file with the given content; returns its path. */
export function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nrw-health-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
