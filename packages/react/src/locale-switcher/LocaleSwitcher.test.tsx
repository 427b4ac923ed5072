import { describe, expect, it } from 'vitest';
import { NrwHealthProvider } from '../provider/NrwHealthProvider';
import { renderToStringStrict } from '../testing/ssr';
import { LocaleSwitcher } from './LocaleSwitcher';

describe('LocaleSwitcher on the server', () => {
  it('renders a fieldset of buttons, each language in itself', () => {
    const html = renderToStringStrict(<LocaleSwitcher />);
    expect(html).toMatch(/^<fieldset[^>]*><legend[^>]*>Language<\/legend>/);
    expect(html).toContain('lang="de" aria-pressed="false"');
    expect(html).toContain('>Deutsch</button>');
    expect(html).toContain('lang="en" aria-pressed="true"');
    expect(html).toContain('>English</button>');
  });

  it('shows the provider locale, and labels the group in it', () => {
    const html = renderToStringStrict(
      <NrwHealthProvider locale="de">
        <LocaleSwitcher />
      </NrwHealthProvider>,
    );
    expect(html).toContain('>Sprache</legend>');
    expect(html).toContain('lang="de" aria-pressed="true"');
  });

  it('shows a controlled value', () => {
    const html = renderToStringStrict(<LocaleSwitcher value="de" onChange={() => {}} />);
    expect(html).toContain('lang="de" aria-pressed="true"');
    expect(html).toContain('lang="en" aria-pressed="false"');
  });
});
