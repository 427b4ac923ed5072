import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { vi } from 'vitest';

/**
 * Renders on the server, as a portal's Next.js or Vite SSR would, and fails on any warning or
 * error React logs (a layout effect on the server, a missing key, a hydration hazard) or when
 * the code under test could reach the browser's globals.
 */
export function renderToStringStrict(element: ReactElement): string {
  if (typeof window !== 'undefined' || typeof document !== 'undefined') {
    throw new Error('renderToStringStrict runs in the node project, where window does not exist');
  }
  const logged: unknown[][] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => logged.push(args));
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => logged.push(args));
  try {
    const html = renderToString(element);
    if (logged.length > 0) {
      throw new Error(
        `React logged while rendering on the server:\n${logged.map((args) => args.join(' ')).join('\n')}`,
      );
    }
    return html;
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
}
