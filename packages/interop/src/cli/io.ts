import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
}

/** Bad usage or unreadable input: one clear line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The chunks of a file, or of stdin for `-`. */
export function inputStream(file: string, io: CliIo): AsyncIterable<string | Uint8Array> {
  if (file === '-') return io.stdin;
  const stream = createReadStream(file);
  // Report a missing or unreadable file as a usage error at the first read.
  return (async function* () {
    try {
      yield* stream;
    } catch (error) {
      throw new UsageError(`${file}: ${describeFsError(error)}`);
    }
  })();
}

/** The whole text of a file or of stdin (XML and CSV are read whole). */
export async function inputText(file: string, io: CliIo): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of io.stdin)
      text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    return text + decoder.decode();
  } catch (error) {
    throw new UsageError(`${file}: ${describeFsError(error)}`);
  }
}

/** The whole content of a file or of stdin as bytes, for readers that tell the encoding. */
export async function inputBytes(file: string, io: CliIo): Promise<Uint8Array> {
  try {
    if (file !== '-') return await readFile(file);
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  } catch (error) {
    throw new UsageError(`${file}: ${describeFsError(error)}`);
  }
}

/** The first bytes of a file, to tell its format by its content; empty for stdin. */
export async function inputHead(file: string, size: number): Promise<string> {
  if (file === '-') return '';
  try {
    const handle = await open(file);
    try {
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UsageError(`${file}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}

/**
 * Where output goes: a file given with -o, or stdout (`-` or no -o). The file is opened here,
 * so that a path that cannot be written is a usage error, not a crash on the stream.
 */
export async function outputStream(file: string | undefined, io: CliIo): Promise<Writable> {
  if (file === undefined || file === '-') return io.stdout;
  try {
    return (await open(file, 'w')).createWriteStream();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    const reason = code === 'ENOENT' ? 'no such directory' : describeFsError(error);
    throw new UsageError(`${file}: cannot write the output: ${reason}`);
  }
}

/** Writes and waits for the stream to drain, so memory stays flat on large outputs. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

export async function close(stream: Writable, io: CliIo): Promise<void> {
  if (stream === io.stdout) return;
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}
