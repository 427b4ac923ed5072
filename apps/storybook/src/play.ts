// Helpers for play functions: they run in every locale of the story tests, so they find texts the
// way the kit writes them rather than hard-coding one language.
import { isLocale, type Locale } from '@nrw-health/core';
import { catalogues, type MessageKey, type MessageParams } from '@nrw-health/react';

/** The locale a story rendered in: its own `globals.locale`, else the toolbar's. */
export function localeOf(globals: Record<string, unknown>): Locale {
  return isLocale(globals.locale) ? globals.locale : 'en';
}

/** The kit's text for `key` in `locale` with its parameters filled in (without label overrides). */
export function kitText(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const message = catalogues[locale][key];
  const template =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(locale).select(Number(params.count))] ?? message.other);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : `${value}`;
  });
}

/** One text per locale, for what a portal writes itself (captions, legends, headings). */
export type Texts = Readonly<Record<Locale, string>>;

/** Matches an accessible name that starts with `text` (a count or an icon may follow). */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * What does not fit in a widget: text that sticks out of its box, and numbers broken over two
 * lines. axe does not see either; long German compound words cause both.
 */
export function layoutProblems(widget: Element): string[] {
  const box = widget.getBoundingClientRect();
  const problems: string[] = [];
  const walker = document.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text === '') continue;
    // Visually hidden text (in a clipped 1 px box) is read, not shown.
    const parent = node.parentElement?.getBoundingClientRect();
    if (!parent || parent.width <= 1 || parent.height <= 1) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.right > box.right + 1 || rect.left < box.left - 1) {
      problems.push(`sticks out by ${Math.round(rect.right - box.right)} px: "${text}"`);
    }
    if (/^[\d.,\s\u00a0\u202f]+$/.test(text) && range.getClientRects().length > 1) {
      problems.push(`number broken over two lines: "${text}"`);
    }
  }
  return problems;
}

/**
 * Fails when the story's widget has layout problems, or with `parameters.wordsFit: 'todo'` only
 * warns (for a problem known and reported, until the widget is fixed; as addon-a11y's `todo`).
 */
export async function expectWordsFit(
  canvasElement: HTMLElement,
  parameters: Record<string, unknown>,
): Promise<void> {
  const widget = canvasElement.querySelector('.nrw');
  if (!widget) throw new Error('no widget (.nrw) in the story');
  const problems = layoutProblems(widget);
  if (parameters.wordsFit === 'todo') {
    if (problems.length > 0) console.warn(`layout (todo): ${problems.join('; ')}`);
    return;
  }
  if (problems.length > 0) throw new Error(`layout: ${problems.join('; ')}`);
}
