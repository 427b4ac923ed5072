// Test helpers for `lost`: what a reader reports lost, and where a record has a value.

/**
 * Whether a source path (generalised) is lost: listed itself, or inside an object or array that
 * is lost whole. `a.b[*].c` is lost when `a.b[*].c`, `a.b[*]`, `a.b` or `a` is.
 */
export function isLost(lost: ReadonlySet<string>, path: string): boolean {
  for (let end = path.length; end > 0; end--) {
    const boundary = end === path.length || path[end] === '.' || path[end] === '[';
    if (boundary && lost.has(path.slice(0, end))) return true;
  }
  return false;
}

/** Whether a record has a value at a generalised path (`[*]` stands for any element). */
export function hasPath(value: unknown, path: string): boolean {
  const steps = path.match(/\[\*\]|[^.[\]]+/g) ?? [];
  let level: unknown[] = [value];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const item of level) {
      if (step === '[*]' && Array.isArray(item)) next.push(...item);
      else if (item !== null && typeof item === 'object' && Object.hasOwn(item, step)) {
        next.push((item as Record<string, unknown>)[step]);
      }
    }
    level = next;
  }
  return level.some((item) => item !== undefined && item !== null);
}
