// The data page's downloads answer 200, with a content type that fits the file and content that
// reads as what the type says.
import { expect, type Page, test } from '@playwright/test';
import { pagePath } from '../src/site/routes';

/** Every file the data pages (both languages) link for download, by URL path. */
async function downloadLinks(page: Page): Promise<string[]> {
  const links = new Set<string>();
  for (const locale of ['en', 'de'] as const) {
    await page.goto(pagePath('data', locale));
    for (const href of await page
      .getByRole('main')
      .locator('a[download]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? '')))
      links.add(href);
  }
  return [...links].sort();
}

/** The content type a file's name calls for, and how to check its content. */
const kinds: { test: RegExp; type: RegExp; check: (body: string, path: string) => void }[] = [
  {
    test: /\.csv$/,
    type: /^text\/csv\b/,
    check(body, path) {
      // German files use `;`; both start with the observation CSV's columns.
      const header = body.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
      expect(header, path).toMatch(/^indicator[,;]region[,;]/);
      expect(body.split(/\r?\n/).filter(Boolean).length, path).toBeGreaterThan(1);
    },
  },
  {
    test: /\.json$/,
    type: /^application\/([\w.+-]+\+)?json\b/,
    check(body, path) {
      expect(() => JSON.parse(body), path).not.toThrow();
    },
  },
  {
    test: /\.ndjson$/,
    type: /^application\/(x-)?ndjson\b|^application\/jsonl\b/,
    check(body, path) {
      const lines = body.split('\n').filter(Boolean);
      expect(lines.length, path).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line), path).not.toThrow();
    },
  },
];

async function expectDownload(page: Page, path: string) {
  const response = await page.request.get(path);
  expect.soft(response.status(), path).toBe(200);
  const kind = kinds.find((one) => one.test.test(path));
  expect.soft(kind, `${path}: a file type the site offers`).toBeDefined();
  if (!kind) return;
  expect.soft(response.headers()['content-type'] ?? '', `${path}: content type`).toMatch(kind.type);
  kind.check(await response.text(), path);
}

test('the data and indicator files download with their content types', async ({ page }) => {
  const links = (await downloadLinks(page)).filter((path) => !path.endsWith('.ndjson'));
  // The downloads table's files, and a CSV for each indicator.
  expect(links.length).toBeGreaterThan(6);
  for (const path of links) await expectDownload(page, path);
});

test('the trials of the build download as NDJSON, one line per trial', async ({ page }) => {
  const links = (await downloadLinks(page)).filter((path) => path.endsWith('.ndjson'));
  expect(links).toEqual(['/downloads/trials.ndjson']);
  const response = await page.request.get(links[0]!);
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').filter(Boolean);
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  // The trials the finder lists.
  const listing = (await (await page.request.get('/trials/listing.json')).json()) as unknown[];
  expect(lines).toHaveLength(listing.length);
});

test('the trials NDJSON is served with an NDJSON content type', async ({ page }) => {
  // `vite preview` knows no type for .ndjson; the site's preview plugin (vite.config.ts) names it.
  await expectDownload(page, '/downloads/trials.ndjson');
});
