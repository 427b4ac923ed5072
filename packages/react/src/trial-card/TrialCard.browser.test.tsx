import { type Locale, locales, type Trial } from '@nrw-health/core';
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { expectFocusKept, expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { full, minimal, sparse } from './examples';
import { TrialCard } from './TrialCard';
import { TrialDetail } from './TrialDetail';

const both = (trial: Trial, locale: Locale, onSelect?: (trial: Trial) => void) => (
  <NrwHealthProvider locale={locale}>
    <main>
      <h1>Trials</h1>
      <TrialCard trial={trial} headingLevel={2} href="/trials/1" onSelect={onSelect} />
      <TrialDetail trial={trial} />
    </main>
  </NrwHealthProvider>
);

/** Every string of `value` replaced by `payload`: ids, codes, texts, dates and addresses alike. */
function poisoned(value: unknown, payload: string): unknown {
  if (typeof value === 'string') return payload;
  if (Array.isArray(value)) return value.map((item) => poisoned(item, payload));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, poisoned(item, payload)]),
    );
  }
  return value;
}

describe('TrialCard and TrialDetail in Chromium', () => {
  describe.each(locales)('axe, %s', (locale) => {
    it.each([
      ['a minimal trial', minimal],
      ['a full trial', full],
      ['a trial with missing parts', sparse],
    ])('%s: 0 violations', async (_, trial) => {
      const { container } = render(both(trial, locale, () => {}));
      await expectNoAxeViolations(container);
    });

    it('a full trial with every fold open: 0 violations', async () => {
      const { container } = render(both(full, locale));
      for (const details of container.querySelectorAll('details')) details.open = true;
      await expectNoAxeViolations(container);
    });
  });

  it('is operated by keyboard alone: links, the details button and the folds', async () => {
    const onSelect = vi.fn();
    const { container } = render(both(full, 'en', onSelect));
    const card = container.querySelector('.nrw-trial-card')!;
    await userEvent.tab();
    expectFocusVisible(card.querySelector('h2 a'));
    await userEvent.tab();
    expectFocusVisible(card.querySelector('.nrw-trial-card__registry'));
    await userEvent.tab();
    const select = card.querySelector('button');
    expectFocusVisible(select);
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(full);
    await userEvent.keyboard(' ');
    expect(onSelect).toHaveBeenCalledTimes(2);
    expectFocusKept();

    // Into the detail: the first fold opens with Enter and closes with Space.
    const folds = [...container.querySelectorAll<HTMLDetailsElement>('.nrw-trial-detail details')];
    expect(folds.length).toBeGreaterThanOrEqual(3);
    await userEvent.tab();
    expectFocusVisible(folds[0]!.querySelector('summary'));
    await userEvent.keyboard('{Enter}');
    expect(folds[0]!.open).toBe(true);
    await userEvent.keyboard(' ');
    expect(folds[0]!.open).toBe(false);
    expectFocusVisible(folds[0]!.querySelector('summary'));

    // On through every fold and link, each focus visible, to the registry link last.
    const stops = [
      ...container.querySelectorAll<HTMLElement>('.nrw-trial-detail summary, .nrw-trial-detail a'),
    ];
    for (const stop of stops.slice(1)) {
      await userEvent.tab();
      expectFocusVisible(stop);
    }
    expect(stops.at(-1)!.getAttribute('href')).toBe(full.url);
    await userEvent.tab();
    expect(container.contains(document.activeElement)).toBe(false);
  });

  it('gives links and summaries targets of at least 24 px', () => {
    const { container } = render(both(full, 'de'));
    for (const target of container.querySelectorAll('a, summary, button')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML).toBeGreaterThanOrEqual(24);
    }
  });

  describe('XSS', () => {
    beforeEach(() => resetXss());

    it.each(xssPayloads)('renders %j in every text field as text', async (payload) => {
      const trial = poisoned(full, payload) as Trial;
      const { container } = render(
        <NrwHealthProvider locale="de">
          <TrialCard trial={trial} href={payload} onSelect={() => {}} />
          <TrialDetail trial={trial} />
        </NrwHealthProvider>,
      );
      for (const details of container.querySelectorAll('details')) details.open = true;
      await expectNoXss(container);
      expect(container.textContent).toContain(payload.trim() === '' ? '' : payload.slice(0, 5));
    });

    it('never links a javascript: address in the trial, its provenance or its contacts', async () => {
      const script = 'javascript:window.__nrwXss=1';
      const trial = {
        ...full,
        url: script,
        provenance: { sources: [{ registry: 'ctgov', url: script, recordId: 'NCT00000001' }] },
        contacts: [{ role: 'public', name: 'Büro', email: script, phone: script }],
      } as unknown as Trial;
      const { container } = render(both(trial, 'en'));
      expect(container.querySelector('a[href*="javascript" i]')).toBeNull();
      expect(container.querySelector('a[href^="mailto:"], a[href^="tel:"]')).toBeNull();
      expect(container.textContent).toContain(script);
      await expectNoXss(container);
    });
  });
});
