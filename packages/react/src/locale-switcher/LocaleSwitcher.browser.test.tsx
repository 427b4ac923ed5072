import { type Locale, locales } from '@nrw-health/core';
import { render } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { useNrwHealth } from '../provider/use-nrw-health';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { LocaleSwitcher } from './LocaleSwitcher';

/** Something else under the same provider that must follow the switch. */
function Missing() {
  const { formatNumber } = useNrwHealth();
  return <p data-testid="missing">{formatNumber(null)}</p>;
}

/** A portal that owns the locale, German first. */
function Portal() {
  const [locale, setLocale] = useState<Locale>('de');
  return (
    <NrwHealthProvider locale={locale} onLocaleChange={setLocale}>
      <LocaleSwitcher />
      <Missing />
    </NrwHealthProvider>
  );
}

const button = (container: Element, locale: Locale) =>
  container.querySelector<HTMLButtonElement>(`button[lang="${locale}"]`)!;

describe('LocaleSwitcher in Chromium', () => {
  it.each(locales)('finds no WCAG 2.2 AA violation in %s', async (locale) => {
    const { container } = render(
      <NrwHealthProvider defaultLocale={locale}>
        <LocaleSwitcher />
      </NrwHealthProvider>,
    );
    await expectNoAxeViolations(container);
  });

  it('gives every button a target of at least 24 by 24 px', () => {
    const { container } = render(<LocaleSwitcher />);
    for (const locale of locales) {
      const { width, height } = button(container, locale).getBoundingClientRect();
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
    }
  });

  it('switches the provider by keyboard alone, and focus stays on the pressed button', async () => {
    const changes: Locale[] = [];
    const { container, getByTestId, getByText } = render(
      <NrwHealthProvider defaultLocale="en" onLocaleChange={(locale) => changes.push(locale)}>
        <LocaleSwitcher />
        <Missing />
        <button type="button">after</button>
      </NrwHealthProvider>,
    );
    await userEvent.tab();
    expectFocusVisible(button(container, 'de'));
    await userEvent.keyboard('{Enter}');
    expect(getByTestId('missing').textContent).toBe('keine Angabe');
    expect(button(container, 'de').getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('fieldset')!.querySelector('legend')!.textContent).toBe(
      'Sprache',
    );
    expectFocusVisible(button(container, 'de'));

    await userEvent.tab();
    expectFocusVisible(button(container, 'en'));
    await userEvent.keyboard(' ');
    expect(getByTestId('missing').textContent).toBe('no value');
    expect(button(container, 'en').getAttribute('aria-pressed')).toBe('true');
    expect(button(container, 'de').getAttribute('aria-pressed')).toBe('false');
    // Pressing the current language again changes nothing.
    await userEvent.keyboard('{Enter}');
    expect(changes).toEqual(['de', 'en']);
    await userEvent.tab();
    expect(document.activeElement).toBe(getByText('after'));
  });

  it('switches a controlled provider through its parent', async () => {
    const { container, getByTestId } = render(<Portal />);
    expect(getByTestId('missing').textContent).toBe('keine Angabe');
    await userEvent.click(button(container, 'en'));
    expect(getByTestId('missing').textContent).toBe('no value');
  });

  it('reports the choice when controlled, and shows only what it is given', async () => {
    const chosen: Locale[] = [];
    const { container, getByTestId } = render(
      <NrwHealthProvider defaultLocale="en">
        <LocaleSwitcher value="en" onChange={(locale) => chosen.push(locale)} />
        <Missing />
      </NrwHealthProvider>,
    );
    await userEvent.click(button(container, 'de'));
    expect(chosen).toEqual(['de']);
    expect(button(container, 'en').getAttribute('aria-pressed')).toBe('true');
    expect(getByTestId('missing').textContent).toBe('no value');
  });

  it.each(xssPayloads)('renders the label override %j as text', async (payload) => {
    resetXss();
    const { container } = render(
      <NrwHealthProvider
        labels={{ en: { 'localeSwitcher.label': payload, 'value.missing': payload } }}
      >
        <LocaleSwitcher className={payload} />
        <Missing />
      </NrwHealthProvider>,
    );
    expect(container.querySelector('legend')!.textContent).toBe(
      payload.trim() ? payload : 'Language',
    );
    await expectNoXss(container);
  });
});
