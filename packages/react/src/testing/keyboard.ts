import { expect } from 'vitest';

/**
 * `element` holds focus and shows it: it matches `:focus-visible` and draws an outline at
 * least 2 px wide (WCAG 2.4.7, and the size asked by 2.4.13).
 */
export function expectFocusVisible(element: Element | null): void {
  expect(element, 'an element to check').not.toBeNull();
  expect(document.activeElement).toBe(element);
  expect(element!.matches(':focus-visible'), 'matches :focus-visible').toBe(true);
  const style = getComputedStyle(element!);
  expect(style.outlineStyle).not.toBe('none');
  expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
}

/** Focus is on an element inside the page, not dropped to `<body>`. */
export function expectFocusKept(): void {
  expect(document.activeElement).not.toBeNull();
  expect(document.activeElement).not.toBe(document.body);
}
