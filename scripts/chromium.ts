// Finds Debian's Chromium for Vitest browser mode. We never download a browser build of our own
// (no `playwright install`): on a fresh Debian machine running as root we install the `chromium`
// package with apt, anywhere else we stop with one line that says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

/** The path of a usable Chromium, installing Debian's package first where we may. */
export function chromiumPath(): string {
  const existing = found();
  if (existing) return existing;
  if (canInstallWithApt()) {
    process.stderr.write('Chromium not found: installing Debian package "chromium" with apt-get\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = found();
    if (installed) return installed;
  }
  throw new ChromiumMissingError(
    'Browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).',
  );
}
