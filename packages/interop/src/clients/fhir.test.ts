// The FHIR R4 client against a local server: ResearchStudies the kit's writer made from the real
// CT.gov fixtures, and the official HL7 and MII examples, with faults injected.
import { readFileSync } from 'node:fs';
import type { Trial } from '@nrw-health/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fhirRecords, readFhirRecord } from '../fhir/read';
import { ctgovReader } from '../registries/ctgov';
import { HttpError, ProtocolError } from './errors';
import {
  type FhirSearchOptions,
  fhirSearchUrl,
  fhirStatusFilter,
  searchFhirResearchStudies,
} from './fhir';
import type { FetchedTrial, TrialSearch } from './search';
import { TestClock, watchUnhandledRejections } from './testing/clock';
import { researchStudyApi } from './testing/fhir-server';
import { type Handler, ReplayServer, type Reply } from './testing/replay-server';
import { fixtureStudies } from './testing/studies';

const fixtures = new URL('../../../../../shared/fixtures/fhir-r4/', import.meta.url);
const fixture = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'));

const rejections = watchUnhandledRejections();
// The real CT.gov studies the kit reads, written as FHIR by the kit, stored on the server.
const trials: Trial[] = fixtureStudies()
  .slice(0, 150)
  .map((study) => ctgovReader.read(study).value)
  .filter((trial) => trial !== undefined);
let server: ReplayServer;
let base: string;
let api: Handler;
let handler: Handler;
let clock: TestClock;

beforeAll(async () => {
  server = await ReplayServer.start((request) => handler(request));
  base = `${server.base}/fhir`;
  api = researchStudyApi(base, trials);
  handler = api;
});
afterEach(() => {
  server.requests.length = 0;
  server.faults.length = 0;
  server.onRequest = undefined;
  handler = api;
});
afterAll(async () => {
  await server.close();
  rejections.stop();
  expect(rejections.seen).toEqual([]);
});

const options = (extra: FhirSearchOptions = {}): FhirSearchOptions => {
  clock = new TestClock();
  return { clock, retry: { random: () => 0.5 }, today: '2025-12-31', ...extra };
};

async function all(search: TrialSearch): Promise<FetchedTrial[]> {
  const results: FetchedTrial[] = [];
  for await (const result of search) results.push(result);
  return results;
}

async function failure(search: TrialSearch, results: FetchedTrial[] = []): Promise<unknown> {
  try {
    for await (const result of search) results.push(result);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('searchFhirResearchStudies', () => {
  it('gives back every trial the server holds, once, in order, unchanged', async () => {
    expect(trials.length).toBe(150);
    const search = searchFhirResearchStudies(base, {}, options({ count: 20 }));
    const results = await all(search);
    expect(results.map((result) => result.value)).toEqual(trials);
    expect(results.every((result) => result.lost.length === 0)).toBe(true);
    expect(results.every((result) => result.issues.length === 0)).toBe(true);
    expect(new Set(results.map((result) => result.id)).size).toBe(150);
    expect(results[0]?.id).toMatch(new RegExp(`^${base}/ResearchStudy/[0-9a-f-]{36}$`));
    expect(search.totalCount).toBe(150);
    const studyPages = server.requestsTo('/fhir/ResearchStudy').length;
    expect(studyPages).toBe(8);
    // Collaborators hang off the kit's associatedParty extension, which `_include` cannot
    // reach: the client fetched them by `_id`, one search a page.
    const lookups = server.requestsTo('/fhir/Organization');
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.length).toBeLessThanOrEqual(studyPages);
    expect(search.stats).toMatchObject({ pages: 8, records: 150, duplicates: 0, retries: 0 });
    expect(search.warnings).toEqual([]);
  });

  it('without the references resolved, keeps what it cannot place in lost, not silently', async () => {
    const search = searchFhirResearchStudies(
      base,
      { include: [] },
      options({ count: 50, resolveReferences: false }),
    );
    const results = await all(search);
    expect(results).toHaveLength(150);
    expect(server.requests).toHaveLength(3);
    const poorer = results.filter((result, index) => !equal(result.value, trials[index]));
    expect(poorer.length).toBeGreaterThan(0);
    for (const result of poorer) expect(result.lost.length).toBeGreaterThan(0);
  });

  it('sends the standard search parameters, the token, and follows next links', async () => {
    const search = searchFhirResearchStudies(
      `${base}/`,
      {
        status: ['recruiting', 'completed'],
        title: 'Hypertension',
        identifier: 'https://clinicaltrials.gov|NCT01234567',
        keyword: 'asthma',
        condition: 'http://snomed.info/sct|38341003',
        lastUpdated: ['ge2024-01-01', 'lt2025-01-01'],
        params: { _profile: 'https://example.org/StructureDefinition/Beispiel' },
      },
      options({ count: 7, token: 'Beispiel-Token', total: 'accurate' }),
    );
    const results = await all(search);
    const first = server.requests[0]!.url;
    expect(first.pathname).toBe('/fhir/ResearchStudy');
    expect([...first.searchParams]).toEqual([
      ['status', 'active,completed'],
      ['title', 'Hypertension'],
      ['identifier', 'https://clinicaltrials.gov|NCT01234567'],
      ['keyword', 'asthma'],
      ['condition', 'http://snomed.info/sct|38341003'],
      ['_lastUpdated', 'ge2024-01-01'],
      ['_lastUpdated', 'lt2025-01-01'],
      ['_profile', 'https://example.org/StructureDefinition/Beispiel'],
      ['_include', 'ResearchStudy:sponsor'],
      ['_include', 'ResearchStudy:site'],
      ['_count', '7'],
      ['_total', 'accurate'],
    ]);
    for (const request of server.requests) {
      expect(request.headers.authorization).toBe('Bearer Beispiel-Token');
      expect(request.headers.accept).toBe('application/fhir+json, application/json;q=0.9');
    }
    // The server filters by status (the emulation ignores the other parameters).
    const expected = trials.filter((trial) =>
      [
        'recruiting',
        'enrolling-by-invitation',
        'available',
        'completed',
        'approved-for-marketing',
      ].includes(trial.status.code),
    );
    expect(results.map((result) => result.value)).toEqual(expected);
    expect(server.requestsTo('/fhir/ResearchStudy')[1]?.url.searchParams.get('_offset')).toBe('7');
  });

  it('reads the official HL7 and MII examples as the reader does, lost and issues included', async () => {
    const resources = [
      fixture('hl7-r4-official-examples/ResearchStudy-example.json'),
      fixture('de-mii-kds-studie/ResearchStudy-mii-exa-studie-studie.json'),
      fixture('de-mii-kds-studie/ResearchStudy-mii-exa-studie-cohort.json'),
    ];
    handler = () => ({
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: resources.map((resource) => ({ resource, search: { mode: 'match' } })),
      },
    });
    const results = await all(searchFhirResearchStudies(base, {}, options()));
    const direct = resources.map((resource) =>
      readFhirRecord({ resourceType: 'Bundle', entry: [{ resource }] }, { today: '2025-12-31' }),
    );
    expect(results.map(({ value, lost, issues }) => ({ value, lost, issues }))).toEqual(direct);
    expect(results.map((result) => result.id)).toEqual([
      'ResearchStudy/example',
      'ResearchStudy/mii-exa-studie-studie',
      'ResearchStudy/mii-exa-studie-cohort',
    ]);
    expect(results.some((result) => result.lost.length > 0 || result.issues.length > 0)).toBe(true);
  });

  it('passes the server’s warnings on (the official search-warning example)', async () => {
    handler = () => ({
      body: fixture('hl7-r4-official-examples/Bundle-bundle-search-warning.json'),
    });
    const search = searchFhirResearchStudies(base, {}, options());
    expect(await all(search)).toEqual([]);
    expect(search.totalCount).toBe(0);
    expect(search.warnings).toEqual(['warning: There is no matching patient for MRN 123456']);
  });

  it('skips included ResearchStudies and yields a study sent again once', async () => {
    const records = [...fhirRecords(await pageOf(5))];
    const pages = [
      { entry: [match(records[0]), match(records[1]), included(records[2])], next: 'p2' },
      { entry: [match(records[1]), match(records[3])] },
    ];
    handler = (request) => {
      const page = pages[request.url.searchParams.has('p') ? 1 : 0]!;
      return {
        body: {
          resourceType: 'Bundle',
          type: 'searchset',
          entry: page.entry.flat(),
          link: page.next ? [{ relation: 'next', url: 'ResearchStudy?p=2' }] : [],
        },
      };
    };
    const search = searchFhirResearchStudies(base, { include: [] }, options());
    const results = await all(search);
    expect(results.map((result) => result.value?.identifiers.primary.id)).toEqual(
      [0, 1, 3].map((index) => trials[index]?.identifiers.primary.id),
    );
    expect(search.stats.duplicates).toBe(1);
    // The relative next link, relative to the page.
    expect(server.requestsTo('/fhir/ResearchStudy')[1]?.url.search).toBe('?p=2');
  });

  it('refuses bad arguments before any request', () => {
    expect(() => searchFhirResearchStudies(base, { status: ['offen'] })).toThrow(
      /^unknown status "offen"; statuses: not-yet-recruiting, /,
    );
    expect(() => searchFhirResearchStudies(base, {}, { count: 0 })).toThrow(RangeError);
    expect(() => searchFhirResearchStudies(base, {}, { maxPages: -1 })).toThrow(RangeError);
    expect(() => searchFhirResearchStudies('fhir.example.org')).toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('status and URL', () => {
  it('maps the kit’s statuses to FHIR’s, and takes FHIR’s own', () => {
    expect(
      fhirStatusFilter(['recruiting', 'enrolling-by-invitation', 'closed-to-accrual']),
    ).toEqual(['active', 'closed-to-accrual']);
    expect(fhirStatusFilter(['not-yet-recruiting', 'terminated'])).toEqual([
      'approved',
      'administratively-completed',
    ]);
  });

  it('builds the first page’s URL from the base, blanks left out', () => {
    expect(fhirSearchUrl('https://fhir.example.org/r4/', { title: ' ', include: [] })).toBe(
      'https://fhir.example.org/r4/ResearchStudy',
    );
  });
});

describe('faults', () => {
  it('survives 429 with an HTTP-date, 503, a reset and a truncated body: nothing lost or doubled', async () => {
    const retryDate = new Date(Date.parse('2025-01-15T12:00:00Z') + 3000).toUTCString();
    const plan = new Map<number, ReplayServer['faults'][number]>([
      [0, { kind: 'status', status: 429, retryAfter: retryDate }],
      [3, { kind: 'status', status: 503 }],
      [5, { kind: 'reset' }],
      [8, { kind: 'truncate' }],
    ]);
    server.onRequest = () => {
      const fault = plan.get(server.requests.length - 1);
      if (fault) server.faults.push(fault);
    };
    const search = searchFhirResearchStudies(base, {}, options({ count: 30 }));
    const results = await all(search);
    expect(results.map((result) => result.value)).toEqual(trials);
    expect(search.stats).toMatchObject({ records: 150, duplicates: 0, retries: 4 });
    expect(clock.sleeps[0]).toBe(3000);
  });

  it('stops a next link that repeats', async () => {
    handler = () => ({
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [],
        link: [{ relation: 'next', url: `${base}/ResearchStudy?page=1` }],
      },
    });
    const error = await failure(searchFhirResearchStudies(base, {}, options()));
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toContain('the next link repeats an earlier one');
    expect(server.requests).toHaveLength(2);
  });

  it('stops a next link back to the first page', async () => {
    handler = (request) => ({
      body: { resourceType: 'Bundle', link: [{ relation: 'next', url: request.url.href }] },
    });
    await expect(all(searchFhirResearchStudies(base, {}, options({})))).rejects.toThrow(
      'paging would never end',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('stops new next links forever at maxPages', async () => {
    let page = 0;
    handler = () => ({
      body: { resourceType: 'Bundle', link: [{ relation: 'next', url: `${base}/p/${++page}` }] },
    });
    await expect(
      all(searchFhirResearchStudies(base, {}, options({ maxPages: 12 }))),
    ).rejects.toThrow('more than 12 pages (maxPages)');
    expect(server.requests).toHaveLength(12);
  });

  it('follows no next link to another server, and sends the token nowhere else', async () => {
    const other = await ReplayServer.start(api);
    try {
      handler = () => ({
        body: {
          resourceType: 'Bundle',
          link: [{ relation: 'next', url: `${other.base}/fhir/ResearchStudy` }],
        },
      });
      await expect(
        all(searchFhirResearchStudies(base, {}, options({ token: 'Beispiel-Token' }))),
      ).rejects.toThrow(/^the next link leads to another server: http:\/\/127\.0\.0\.1:\d+\/fhir/);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it.each<[string, Reply, RegExp]>([
    [
      'an OperationOutcome',
      {
        body: {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', diagnostics: 'Beispiel: kaputt' }],
        },
      },
      /^an OperationOutcome instead of a Bundle: error: Beispiel: kaputt \(/,
    ],
    ['no Bundle', { body: { resourceType: 'Patient' } }, /^not a FHIR Bundle/],
    [
      'entry not a list',
      { body: { resourceType: 'Bundle', entry: {} } },
      /"entry" of the Bundle is not a list/,
    ],
    [
      'a next link without URL',
      { body: { resourceType: 'Bundle', link: [{ relation: 'next' }] } },
      /the next link has no URL/,
    ],
    [
      'a total that is no count',
      { body: { resourceType: 'Bundle', total: -1 } },
      /"total" of the Bundle is not a count/,
    ],
  ])('says ProtocolError for %s', async (_, reply, message) => {
    handler = () => reply;
    const error = await failure(searchFhirResearchStudies(base, {}, options()));
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(message);
  });

  it('says HttpError with the server’s OperationOutcome for a 400', async () => {
    handler = () => ({
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', diagnostics: 'Unknown search parameter "_foo"' }],
      },
    });
    const bad = await failure(
      searchFhirResearchStudies(base, { params: { _foo: 'x' } }, options()),
    );
    expect(bad).toBeInstanceOf(HttpError);
    expect((bad as HttpError).status).toBe(400);
    expect((bad as HttpError).body).toContain('Unknown search parameter \\"_foo\\"');
    expect(server.requests).toHaveLength(1);
  });

  it('stops cleanly when aborted in a request, after the pages it had', async () => {
    const controller = new AbortController();
    server.onRequest = () => {
      if (server.requestsTo('/fhir/ResearchStudy').length === 2) {
        server.faults.push({ kind: 'hang' });
        setTimeout(() => controller.abort(), 5);
      }
    };
    const results: FetchedTrial[] = [];
    const error = await failure(
      searchFhirResearchStudies(base, {}, options({ count: 40, signal: controller.signal })),
      results,
    );
    expect(error).toBe(controller.signal.reason);
    expect(results.map((result) => result.value)).toEqual(trials.slice(0, 40));
  });

  it('stops cleanly when aborted in a backoff wait', async () => {
    const controller = new AbortController();
    server.faults.push({ kind: 'status', status: 503 });
    const search = searchFhirResearchStudies(base, {}, options({ signal: controller.signal }));
    clock.onSleep = () => controller.abort();
    const error = await failure(search);
    expect((error as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(1);
  });
});

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The first `count` studies of the server as one page, with what they include. */
async function pageOf(count: number): Promise<unknown> {
  const reply = api({
    url: new URL(
      `${base}/ResearchStudy?_count=${count}&_include=ResearchStudy:sponsor&_include=ResearchStudy:site`,
    ),
    headers: {},
    time: 0,
  });
  return reply.body;
}

type Entries = { entry: { fullUrl?: string; resource: unknown }[] };
const match = (record: unknown) =>
  (record as Entries).entry.map((entry, index) => ({
    ...entry,
    search: { mode: index === 0 ? 'match' : 'include' },
  }));
const included = (record: unknown) =>
  (record as Entries).entry.map((entry) => ({ ...entry, search: { mode: 'include' } }));
