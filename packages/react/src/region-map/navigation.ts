import { type KeyboardEvent, useCallback, useRef, useState } from 'react';

export interface Point {
  readonly x: number;
  readonly y: number;
}

type Direction = readonly [dx: number, dy: number];

const directions: Readonly<Record<string, Direction>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The point the arrow key leads to from `from`: among the points that lie in that direction, the
 * one nearest along it, with sideways distance counting double (so "right" keeps to the row where
 * it can). Undefined at the edge: focus stays, it never wraps to the other side of the map.
 */
export function pointInDirection(
  points: readonly Point[],
  from: number,
  [dx, dy]: Direction,
): number | undefined {
  const origin = points[from];
  if (!origin) return undefined;
  let best: number | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  let bestSide = Number.POSITIVE_INFINITY;
  points.forEach((point, index) => {
    const along = (point.x - origin.x) * dx + (point.y - origin.y) * dy;
    if (index === from || along <= 1e-9) return;
    const side = Math.abs((point.x - origin.x) * dy - (point.y - origin.y) * dx);
    const score = along + 2 * side;
    if (score < bestScore || (score === bestScore && side < bestSide)) {
      best = index;
      bestScore = score;
      bestSide = side;
    }
  });
  return best;
}

/**
 * Roving focus over the regions of a map: one region is in the tab order (the last one focused,
 * else the first); the arrow keys move spatially, Home and End to the first and last region.
 * `shown` is the region to name in the readout: the one last focused or pointed at.
 */
export function useRovingFocus(keys: readonly string[], points: readonly Point[]) {
  const [chosen, setChosen] = useState<string>();
  const [focused, setFocused] = useState<string>();
  const [pointed, setPointed] = useState<string>();
  const [shown, setShown] = useState<string>();
  const elements = useRef(new Map<string, SVGElement>());
  const active = chosen !== undefined && keys.includes(chosen) ? chosen : keys[0];

  const register = useCallback(
    (key: string) => (element: SVGElement | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent, key: string) => {
    const from = keys.indexOf(key);
    const direction = directions[event.key];
    let to: number | undefined;
    if (direction) to = pointInDirection(points, from, direction) ?? from;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = keys.length - 1;
    else return;
    event.preventDefault();
    const next = keys[to];
    if (next === undefined) return;
    setChosen(next);
    elements.current.get(next)?.focus();
  };

  const itemProps = (key: string) => ({
    ref: register(key),
    tabIndex: key === active ? 0 : -1,
    onKeyDown: (event: KeyboardEvent) => onKeyDown(event, key),
    onFocus: () => {
      setChosen(key);
      setFocused(key);
      setShown(key);
    },
    onBlur: () => {
      setFocused((current) => (current === key ? undefined : current));
      setShown(pointed);
    },
    onPointerEnter: () => {
      setPointed(key);
      setShown(key);
    },
    onPointerLeave: () => {
      setPointed(undefined);
      setShown(focused);
    },
  });

  return { active, focused, shown, itemProps };
}
