/**
 * The address to link to when a data field holds a web address, else undefined: only absolute
 * `http:` and `https:` URLs pass, so a `javascript:` or `data:` value never becomes a link.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
