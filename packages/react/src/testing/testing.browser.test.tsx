// The helpers other tests rely on must be able to fail: each is shown a page that breaks its rule.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations, expectNoAxeViolations } from './axe';
import { expectNoXss, resetXss, xssFlag, xssPayloads } from './xss';

describe('expectNoAxeViolations', () => {
  it('fails on markup that breaks WCAG rules', async () => {
    const { container } = render(
      <div>
        {/* biome-ignore lint/a11y/useAltText: the missing alt is what axe must find */}
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <button type="button" />
        <input type="checkbox" />
        <button type="button" style={{ width: 10, height: 10, padding: 0 }}>
          x
        </button>
        <button type="button" style={{ width: 10, height: 10, padding: 0 }}>
          y
        </button>
      </div>,
    );
    const rules = (await axeViolations(container)).map((violation) => violation.id);
    expect(rules).toEqual(
      expect.arrayContaining(['image-alt', 'button-name', 'label', 'target-size']),
    );
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/image-alt/);
  });

  it('passes accessible markup', async () => {
    const { container } = render(
      <label>
        <input type="checkbox" /> Recruiting
      </label>,
    );
    await expectNoAxeViolations(container);
  });
});

describe('expectNoXss', () => {
  it('fails when a payload is inserted as markup', async () => {
    resetXss();
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = xssPayloads[0]!;
    await expect(expectNoXss(host)).rejects.toThrow(new RegExp(`${xssFlag} is set`));
    expect((window as unknown as Record<string, unknown>)[xssFlag]).toBe(1);
    host.remove();
    resetXss();
  });

  it('fails on a javascript: link and an event-handler attribute, even when nothing ran', async () => {
    resetXss();
    const host = document.createElement('div');
    host.innerHTML = '<a href=" javascript:void 0">x</a><span onclick="void 0">y</span>';
    const failure = expectNoXss(host);
    await expect(failure).rejects.toThrow(/onclick="void 0"/);
    await expect(failure).rejects.toThrow(/href=" javascript:void 0"/);
  });

  it('passes payloads rendered as text', async () => {
    resetXss();
    const { container } = render(
      <ul>
        {xssPayloads.map((payload) => (
          <li key={payload} title={payload}>
            {payload}
          </li>
        ))}
      </ul>,
    );
    await expectNoXss(container);
  });
});
