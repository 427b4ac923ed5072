// The ClinicalTrials.gov client against a local server that pages through the real API v2 studies
// of the fixtures, with faults injected: 429 with Retry-After, 503, a connection reset, a
// truncated body, a page that never ends.
import { readFileSync } from 'node:fs';
import { trialStatuses } from '@nrw-health/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ctgovReader } from '../registries/ctgov';
import {
  countCtgovStudies,
  ctgovSearchUrl,
  ctgovStatusFilter,
  ctgovStatusOfCode,
  searchCtgov,
} from './ctgov';
import { HttpError, ProtocolError } from './errors';
import type { FetchedTrial, TrialSearch } from './search';
import { TestClock, watchUnhandledRejections } from './testing/clock';
import { type Handler, ReplayServer } from './testing/replay-server';
import { fixtureStudies, nctIdOf, studiesApi } from './testing/studies';

const rejections = watchUnhandledRejections();
const studies = fixtureStudies();
let handler: Handler = studiesApi();
let server: ReplayServer;
let clock: TestClock;

beforeAll(async () => {
  server = await ReplayServer.start((request) => handler(request));
});
afterEach(() => {
  server.requests.length = 0;
  server.faults.length = 0;
  server.onRequest = undefined;
  handler = studiesApi();
});
afterAll(async () => {
  await server.close();
  rejections.stop();
  expect(rejections.seen).toEqual([]);
});

const options = (extra: Parameters<typeof searchCtgov>[1] = {}) => {
  clock = new TestClock();
  return { baseUrl: `${server.base}/api/v2`, clock, retry: { random: () => 0.5 }, ...extra };
};

async function all(search: TrialSearch): Promise<FetchedTrial[]> {
  const results: FetchedTrial[] = [];
  for await (const result of search) results.push(result);
  return results;
}

const ids = (results: readonly FetchedTrial[]) => results.map((result) => result.id);

describe('the fixtures', () => {
  it('are the real studies, each once', () => {
    expect(studies.length).toBe(420);
    expect(new Set(studies.map(nctIdOf)).size).toBe(420);
  });
});

describe('searchCtgov', () => {
  it('pages through every study once, in order, read as the reader reads it', async () => {
    const search = searchCtgov({}, options({ pageSize: 37 }));
    const results = await all(search);
    expect(ids(results)).toEqual(studies.map(nctIdOf));
    expect(search.totalCount).toBe(420);
    expect(search.stats).toEqual({
      requests: 12,
      retries: 0,
      pages: 12,
      records: 420,
      duplicates: 0,
    });
    // Nothing lost on the way: each result is exactly what the reader makes of the study.
    for (const [index, result] of results.entries()) {
      const direct = ctgovReader.read(studies[index]);
      expect(result.value).toEqual(direct.value);
      expect(result.lost).toEqual(direct.lost);
      expect(result.issues).toEqual(direct.issues);
    }
    expect(results.filter((result) => result.value === undefined)).toEqual([]);
    expect(results.reduce((sum, result) => sum + result.lost.length, 0)).toBeGreaterThan(0);
    expect(results[36]?.page).toBe(1);
    expect(results[37]?.page).toBe(2);
  });

  it('sends the query as the API names it, and counts with the first page only', async () => {
    const search = searchCtgov(
      {
        condition: 'Hypertension',
        term: ' ',
        location: 'Essen, Germany',
        status: ['recruiting', 'NOT_YET_RECRUITING'],
        advanced: 'AREA[StartDate]RANGE[2020-01-01,MAX]',
      },
      options({ pageSize: 5 }),
    );
    await all(search);
    const [first, second] = server.requests.map((request) => request.url);
    expect(first?.pathname).toBe('/api/v2/studies');
    expect(Object.fromEntries(first!.searchParams)).toEqual({
      format: 'json',
      'query.cond': 'Hypertension',
      'query.locn': 'Essen, Germany',
      'filter.overallStatus': 'RECRUITING|NOT_YET_RECRUITING',
      'filter.advanced': 'AREA[StartDate]RANGE[2020-01-01,MAX]',
      pageSize: '5',
      countTotal: 'true',
    });
    expect(second?.searchParams.has('countTotal')).toBe(false);
    expect(second?.searchParams.get('pageToken')).toBeTruthy();
  });

  it('filters by status: the studies the API returns for it, and no other', async () => {
    const search = searchCtgov({ status: ['recruiting'] }, options({ pageSize: 1000 }));
    const results = await all(search);
    const recruiting = studies.filter(
      (study) => study.protocolSection.statusModule.overallStatus === 'RECRUITING',
    );
    expect(ids(results)).toEqual(recruiting.map(nctIdOf));
    expect(results.every((result) => result.value?.status.code === 'recruiting')).toBe(true);
    expect(search.totalCount).toBe(recruiting.length);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps every record, also those that fail, with their issues', async () => {
    handler = () => ({
      body: { studies: [studies[0], { protocolSection: { identificationModule: {} } }, 'x'] },
    });
    const results = await all(searchCtgov({}, options()));
    expect(results.map((result) => [result.id, result.value !== undefined])).toEqual([
      [nctIdOf(studies[0]), true],
      [undefined, false],
      [undefined, false],
    ]);
    expect(results[1]?.issues.length).toBeGreaterThan(0);
    expect(results[2]?.issues[0]?.code).toBe('invalid_type');
  });

  it('yields a study the API sends again once, and counts it', async () => {
    const pages = [
      { studies: studies.slice(0, 3), nextPageToken: 'a' },
      { studies: studies.slice(2, 5) },
    ];
    handler = (request) => ({ body: pages[request.url.searchParams.has('pageToken') ? 1 : 0] });
    const search = searchCtgov({}, options());
    expect(ids(await all(search))).toEqual(studies.slice(0, 5).map(nctIdOf));
    expect(search.stats.duplicates).toBe(1);
  });

  it('counts without fetching the studies', async () => {
    expect(await countCtgovStudies({ status: ['completed'] }, options())).toBe(
      studies.filter((study) => study.protocolSection.statusModule.overallStatus === 'COMPLETED')
        .length,
    );
    expect(Object.fromEntries(server.requests[0]!.url.searchParams)).toMatchObject({
      pageSize: '1',
      countTotal: 'true',
      fields: 'NCTId',
    });
  });

  it('can run again, from the start', async () => {
    handler = studiesApi(studies.slice(0, 60));
    const search = searchCtgov({}, options({ pageSize: 25 }));
    const first = ids(await all(search));
    const second = ids(await all(search));
    expect(second).toEqual(first);
    expect(search.stats.pages).toBe(3);
  });

  it('refuses bad options before any request', () => {
    expect(() => searchCtgov({ status: ['läuft'] }, options())).toThrow(
      /^unknown status "läuft"; statuses: not-yet-recruiting, recruiting/,
    );
    expect(() => searchCtgov({}, options({ pageSize: 1001 }))).toThrow(RangeError);
    expect(() => searchCtgov({}, options({ pageSize: 0 }))).toThrow(RangeError);
    expect(() => searchCtgov({}, options({ maxPages: 0 }))).toThrow(RangeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('status codes', () => {
  const spec = readFileSync(
    new URL('../../../../../shared/fixtures/ctgov-v2-json/spec/ctg-oas-v2.yaml', import.meta.url),
    'utf8',
  );
  // The `Status` enum of the OpenAPI spec.
  const specStatuses = [
    ...(
      spec.match(/\n {4}Status:\n {6}type: "string"\n {6}enum:\n((?: {6}- "\w+"\n)+)/)?.[1] ?? ''
    ).matchAll(/"(\w+)"/g),
  ].map((match) => match[1]);

  it('map every status of the kit to one of the spec’s, one to one', () => {
    expect(specStatuses).toHaveLength(14);
    expect(Object.keys(ctgovStatusOfCode).sort()).toEqual(
      Object.keys(trialStatuses.entries).sort(),
    );
    expect(Object.values(ctgovStatusOfCode).sort()).toEqual([...specStatuses].sort());
  });

  it('take the kit’s codes and the API’s values, in any case, without repeats', () => {
    expect(
      ctgovStatusFilter([
        'recruiting',
        'Active, not recruiting',
        'ACTIVE_NOT_RECRUITING',
        'unknown',
      ]),
    ).toEqual(['RECRUITING', 'ACTIVE_NOT_RECRUITING', 'UNKNOWN']);
    expect(() => ctgovStatusFilter(['open'])).toThrow(RangeError);
  });

  it('go into the URL pipe-separated', () => {
    const url = new URL(ctgovSearchUrl({ status: ['withdrawn', 'suspended'] }));
    expect(url.origin + url.pathname).toBe('https://clinicaltrials.gov/api/v2/studies');
    expect(url.searchParams.get('filter.overallStatus')).toBe('WITHDRAWN|SUSPENDED');
  });
});

describe('faults', () => {
  const expected = studies.slice(0, 100).map(nctIdOf);
  const firstHundred = studiesApi(studies.slice(0, 100));

  it('survives 429 with Retry-After, 503, a reset and a truncated body: no page lost or doubled', async () => {
    handler = firstHundred;
    const retryDate = new Date(Date.parse('2025-01-15T12:00:00Z') + 5000).toUTCString();
    // Fault by request: the 2nd page gets a 429, the 3rd a 503 then a reset, the 4th a cut body,
    // the 5th a 429 with a date.
    const plan = new Map<number, ReplayServer['faults'][number]>([
      [1, { kind: 'status', status: 429, retryAfter: '2' }],
      [3, { kind: 'status', status: 503 }],
      [4, { kind: 'reset' }],
      [6, { kind: 'truncate' }],
      [8, { kind: 'status', status: 429, retryAfter: retryDate }],
    ]);
    server.onRequest = () => {
      const fault = plan.get(server.requests.length - 1);
      if (fault) server.faults.push(fault);
    };
    const search = searchCtgov({}, options({ pageSize: 15 }));
    const results = await all(search);
    expect(ids(results)).toEqual(expected);
    expect(search.stats).toMatchObject({ pages: 7, records: 100, duplicates: 0, retries: 5 });
    expect(server.requests).toHaveLength(12);
    // 2 s as asked; full jitter (random 0.5) under a ceiling of 1 s, then 2 s, per page; the
    // date was 5 s after the clock's start, and the waits before took 4 s of them.
    expect(clock.sleeps).toEqual([2000, 500, 1000, 500, 1000]);
    // Each page asked for once it succeeded: the tokens follow one another without a gap.
    const tokens = server.requests.map((request) => request.url.searchParams.get('pageToken'));
    expect(new Set(tokens).size).toBe(7);
  });

  it('stops a page that never ends: the same token again', async () => {
    handler = (request) => ({
      body: {
        studies: [studies[Number(request.url.searchParams.has('pageToken'))]],
        nextPageToken: 'immer-wieder',
      },
    });
    const results: FetchedTrial[] = [];
    const search = searchCtgov({}, options());
    const error = await (async () => {
      for await (const result of search) results.push(result);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(
      /^the nextPageToken repeats an earlier one: paging would never end \(http:/,
    );
    expect(ids(results)).toEqual([nctIdOf(studies[0]), nctIdOf(studies[1])]);
    expect(server.requests).toHaveLength(2);
  });

  it('stops a page that never ends: new tokens forever, at maxPages', async () => {
    let page = 0;
    handler = () => ({ body: { studies: [], nextPageToken: `t${++page}` } });
    await expect(all(searchCtgov({}, options({ maxPages: 25 })))).rejects.toThrow(
      'more than 25 pages (maxPages)',
    );
    expect(server.requests).toHaveLength(25);
  });

  it.each([
    [{ studies: {} }, 'not a page of studies'],
    [[], 'not a page of studies'],
    [{ studies: [], nextPageToken: '' }, '"nextPageToken" is not a token'],
    [{ studies: [], totalCount: '12' }, '"totalCount" is not a count'],
  ])('says ProtocolError for a page that is not one: %j', async (body, message) => {
    handler = () => ({ body });
    await expect(all(searchCtgov({}, options()))).rejects.toThrow(message);
  });

  it('gives up after the retries with an HttpError, after the pages it had', async () => {
    handler = firstHundred;
    const results: FetchedTrial[] = [];
    server.onRequest = () => {
      if (server.requests.length > 1) server.faults.push({ kind: 'status', status: 503 });
    };
    const error = await (async () => {
      for await (const result of searchCtgov(
        {},
        options({ pageSize: 40, retry: { retries: 2 } }),
      )) {
        results.push(result);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect((error as HttpError).url).toContain('pageToken=');
    expect(ids(results)).toEqual(expected.slice(0, 40));
  });

  it('stops cleanly when aborted in a request', async () => {
    handler = firstHundred;
    const controller = new AbortController();
    server.onRequest = () => {
      if (server.requests.length === 2) {
        server.faults.push({ kind: 'hang' });
        setTimeout(() => controller.abort(), 5);
      }
    };
    const results: FetchedTrial[] = [];
    const search = searchCtgov({}, options({ pageSize: 30, signal: controller.signal }));
    const error = await (async () => {
      for await (const result of search) results.push(result);
    })().catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(ids(results)).toEqual(expected.slice(0, 30));
    expect(server.requests).toHaveLength(2);
  });

  it('stops cleanly when aborted in a backoff wait, and asks nothing more', async () => {
    handler = firstHundred;
    const controller = new AbortController();
    server.faults.push({ kind: 'status', status: 429, retryAfter: '30' });
    const search = searchCtgov({}, options({ signal: controller.signal }));
    clock.onSleep = () => controller.abort();
    const error = await all(search).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(clock.sleeps).toEqual([30_000]);
    expect(server.requests).toHaveLength(1);
  });

  it('stops between records of a page when aborted by the consumer', async () => {
    handler = firstHundred;
    const controller = new AbortController();
    const results: FetchedTrial[] = [];
    const error = await (async () => {
      for await (const result of searchCtgov({}, options({ signal: controller.signal }))) {
        results.push(result);
        if (results.length === 3) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(results).toHaveLength(3);
    expect(server.requests).toHaveLength(1);
  });

  it('stops when the consumer breaks off, with nothing pending', async () => {
    handler = firstHundred;
    let seen = 0;
    for await (const _ of searchCtgov({}, options({ pageSize: 10 }))) {
      if (++seen === 15) break;
    }
    expect(server.requests).toHaveLength(2);
  });
});
