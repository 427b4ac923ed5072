import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';

/**
 * Renders `element` to HTML as a server would, then hydrates that HTML in the browser, and
 * returns what React reported: a mismatch between server and browser shows up here.
 */
export async function hydrationErrors(element: ReactElement): Promise<string[]> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    const root = await act(async () =>
      hydrateRoot(container, element, {
        onRecoverableError: (error) => errors.push(String(error)),
      }),
    );
    await act(async () => root.unmount());
  } finally {
    console.error = original;
    container.remove();
  }
  return errors;
}
