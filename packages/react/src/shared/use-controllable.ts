import { useCallback, useState } from 'react';

/**
 * State that a parent may own: with `value` set the widget is controlled and only reports
 * changes through `onChange`; without it the widget keeps its own state, starting at `initial`.
 */
export function useControllable<T>(
  value: T | undefined,
  initial: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(initial);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : own, set];
}
