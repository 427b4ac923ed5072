// Test helper: a FHIR R4 server's ResearchStudy search, emulated over resources the kit's writer
// made (server-style: fullUrl `<base>/<type>/<id>`, references `<type>/<id>`), so that the client
// reads what a server that stored those resources would send.
import type { Trial } from '@nrw-health/core';
import { trialsToFhirBundle } from '../../fhir/write';
import type { Handler, Reply } from './replay-server';

// biome-ignore lint/suspicious/noExplicitAny: raw JSON of the fixtures, navigated freely in tests
type Json = Record<string, any>;

const outcome = (status: number, diagnostics: string): Reply => ({
  status,
  body: {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: 'not-supported', diagnostics }],
  },
});

/**
 * GET <base>/ResearchStudy with `status` (any of, comma-separated), `_count` (default 10),
 * `_offset` (the server's own paging parameter, in its next links) and `_include` of
 * `ResearchStudy:sponsor` and `ResearchStudy:site`, the only targets `_include` reaches; and
 * GET <base>/Organization and <base>/Location by `_id`. `total` on every page.
 */
export function researchStudyApi(base: string, trials: readonly Trial[]): Handler {
  const bundle = trialsToFhirBundle(trials, { baseUrl: base }) as Json;
  const byAddress = new Map<string, Json>();
  for (const entry of bundle.entry as Json[]) {
    byAddress.set(`${entry.resource.resourceType}/${entry.resource.id}`, entry);
  }
  const studies = (bundle.entry as Json[]).filter(
    (entry) => entry.resource.resourceType === 'ResearchStudy',
  );
  const path = new URL(base).pathname;
  return (request) => {
    const params = request.url.searchParams;
    const type = request.url.pathname.slice(path.length + 1);
    const plain = (entry: Json, mode: string) => ({
      fullUrl: entry.fullUrl,
      resource: entry.resource,
      search: { mode },
    });
    if (type === 'Organization' || type === 'Location') {
      const found = (params.get('_id') ?? '')
        .split(',')
        .map((id) => byAddress.get(`${type}/${id}`))
        .filter((entry) => entry !== undefined);
      return {
        body: {
          resourceType: 'Bundle',
          type: 'searchset',
          total: found.length,
          entry: found.map((entry) => plain(entry, 'match')),
        },
      };
    }
    if (type !== 'ResearchStudy') return outcome(404, `Unknown resource type "${type}"`);
    const statuses = params.get('status')?.split(',');
    const matches = studies.filter(
      (entry) => !statuses || statuses.includes(entry.resource.status),
    );
    const count = Number(params.get('_count') ?? 10);
    const offset = Number(params.get('_offset') ?? 0);
    const page = matches.slice(offset, offset + count);
    const includes = params.getAll('_include');
    const included = new Map<string, Json>();
    for (const { resource } of page) {
      const targets = [
        ...(includes.includes('ResearchStudy:sponsor') ? [resource.sponsor] : []),
        ...(includes.includes('ResearchStudy:site') ? (resource.site ?? []) : []),
      ];
      for (const target of targets) {
        const entry = target?.reference && byAddress.get(target.reference);
        if (entry) included.set(target.reference, entry);
      }
    }
    const next = new URL(request.url);
    next.searchParams.set('_offset', String(offset + count));
    return {
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        total: matches.length,
        link: [
          {
            relation: 'self',
            url: `${base}${request.url.pathname.slice(path.length)}${request.url.search}`,
          },
          ...(offset + count < matches.length
            ? [{ relation: 'next', url: `${base}/ResearchStudy${next.search}` }]
            : []),
        ],
        entry: [
          ...page.map((entry) => plain(entry, 'match')),
          ...[...included.values()].map((entry) => plain(entry, 'include')),
        ],
      },
    };
  };
}
