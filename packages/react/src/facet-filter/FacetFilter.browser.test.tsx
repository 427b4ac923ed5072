import { type Locale, locales, trialStatuses } from '@nrw-health/core';
import { render } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { expectNoAxeViolations } from '../testing/axe';
import { drksTrials } from '../testing/fixtures';
import { expectFocusVisible } from '../testing/keyboard';
import { expectNoXss, resetXss, xssPayloads } from '../testing/xss';
import { FacetFilter, type FacetFilterProps, type FacetOption } from './FacetFilter';

// The statuses of 10,000 real DRKS trials, with their counts, most frequent first.
let drksStatuses: FacetOption[] = [];
beforeAll(async () => {
  const counts = new Map<string, number>();
  for (const trial of await drksTrials(10_000)) {
    const status = trial.status ?? '';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  drksStatuses = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => ({ value, label: value || '(none)', count }));
});

// The core trial status code list, labelled in the locale.
const statusOptions = (locale: Locale): FacetOption[] =>
  trialStatuses.codes.map((code) => ({ value: code, label: trialStatuses.label(code, locale) }));

function Facet(props: Partial<FacetFilterProps> & { locale?: Locale }) {
  const { locale = 'en', ...rest } = props;
  return (
    <NrwHealthProvider locale={locale}>
      <FacetFilter legend="Status" options={drksStatuses} visibleCount={3} {...rest} />
    </NrwHealthProvider>
  );
}

/** A parent that owns the checked values, starting with the third option. */
function ControlledFacet() {
  const [value, setValue] = useState<string[]>([drksStatuses[2]!.value]);
  return <Facet value={value} onChange={setValue} />;
}

const boxes = (container: Element) => [
  ...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

describe('FacetFilter in Chromium', () => {
  it('has real statuses to offer', () => {
    expect(drksStatuses.length).toBeGreaterThan(4);
    expect(drksStatuses.reduce((sum, option) => sum + option.count!, 0)).toBe(10_000);
  });

  describe.each(locales)('axe, %s', (locale) => {
    it.each([
      ['collapsed, with counts', {}],
      ['expanded', { visibleCount: 2 }],
      ['checked beyond the visible ones', { defaultValue: [drksStatuses.at(-1)?.value ?? ''] }],
      ['labelled from the core code list', { options: statusOptions(locale), visibleCount: 20 }],
    ])('finds no WCAG 2.2 AA violation, %s', async (name, props) => {
      const { container } = render(<Facet locale={locale} {...props} />);
      if (name === 'expanded') await userEvent.click(container.querySelector('button')!);
      await expectNoAxeViolations(container);
    });
  });

  it('gives every checkbox a target of at least 24 by 24 px', () => {
    const { container } = render(<Facet visibleCount={20} />);
    for (const box of boxes(container)) {
      const { width, height } = box.getBoundingClientRect();
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
    }
  });

  it('is operated by keyboard alone: check with Space, show more with Enter, leave', async () => {
    const changes: string[][] = [];
    const { container, getByText } = render(
      <>
        <Facet onChange={(value) => changes.push(value)} />
        <button type="button">after</button>
      </>,
    );
    await userEvent.tab();
    expectFocusVisible(boxes(container)[0]!);
    await userEvent.keyboard(' ');
    expect(boxes(container)[0]!.checked).toBe(true);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(changes).toEqual([
      [drksStatuses[0]!.value],
      [drksStatuses[0]!.value, drksStatuses[2]!.value],
    ]);

    await userEvent.tab();
    const more = container.querySelector<HTMLButtonElement>('button.nrw-facet-filter__more')!;
    expectFocusVisible(more);
    expect(more.textContent).toBe(`Show ${drksStatuses.length - 3} more options`);
    await userEvent.keyboard('{Enter}');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(boxes(container)).toHaveLength(drksStatuses.length);
    expectFocusVisible(more);
    expect(more.textContent).toBe('Show fewer options');

    // Back into the options that just appeared, then collapse them again.
    await userEvent.tab({ shift: true });
    expectFocusVisible(boxes(container).at(-1)!);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(boxes(container)).toHaveLength(3);
    expectFocusVisible(more);
    await userEvent.tab();
    expect(document.activeElement).toBe(getByText('after'));
  });

  it('keeps a checked option in view when the list collapses', async () => {
    const { container } = render(<Facet />);
    await userEvent.click(container.querySelector('button')!);
    const last = drksStatuses.at(-1)!;
    await userEvent.click(boxes(container).at(-1)!);
    await userEvent.click(container.querySelector('button')!);
    expect(boxes(container).map((box) => box.value)).toEqual([
      ...drksStatuses.slice(0, 3).map((option) => option.value),
      last.value,
    ]);
    expect(boxes(container).at(-1)!.checked).toBe(true);
  });

  it('keeps a checked option beyond the limit, and focus on it, when it is unchecked', async () => {
    const last = drksStatuses.at(-1)!;
    const { container } = render(<Facet defaultValue={[last.value]} />);
    const box = boxes(container).find((input) => input.value === last.value)!;
    box.focus();
    await userEvent.keyboard(' ');
    const after = boxes(container).find((input) => input.value === last.value);
    expect(after).toBeDefined();
    expect(after!.checked).toBe(false);
    expect(document.activeElement).toBe(after);
  });

  it('follows a controlled value and reports wishes', async () => {
    const wishes: string[][] = [];
    const fixed = render(<Facet value={[]} onChange={(value) => wishes.push(value)} />);
    await userEvent.click(boxes(fixed.container)[1]!);
    expect(wishes).toEqual([[drksStatuses[1]!.value]]);
    expect(boxes(fixed.container)[1]!.checked).toBe(false);
    fixed.unmount();

    const { container } = render(<ControlledFacet />);
    await userEvent.click(boxes(container)[0]!);
    expect(boxes(container).map((box) => box.checked)).toEqual([true, false, true]);
  });

  it('speaks counts in German', () => {
    const { container } = render(<Facet locale="de" />);
    const first = drksStatuses[0]!;
    expect(container.querySelector('label')!.textContent).toBe(
      `${first.label}${new Intl.NumberFormat('de').format(first.count!)}(${new Intl.NumberFormat('de').format(first.count!)} Treffer)`,
    );
    expect(container.querySelector('button')!.textContent).toMatch(/weitere Optionen zeigen$/);
  });

  describe('XSS', () => {
    it.each(xssPayloads)('renders %j as text in the legend, labels and values', async (payload) => {
      resetXss();
      const options = [0, 1, 2, 3, 4, 5].map((index) => ({
        value: `${payload}${index}`,
        label: payload,
        count: index,
      }));
      const { container } = render(
        <Facet legend={payload} options={options} name={payload} defaultValue={[`${payload}3`]} />,
      );
      expect(container.querySelector('legend')!.textContent).toBe(payload);
      await userEvent.click(container.querySelector('button')!);
      await expectNoXss(container);
    });
  });
});
