// Real trials for the finder's tests and benchmark: the registry records of the shared fixtures,
// read by @nrw-health/interop's readers (browser-safe), never copied into the repository.
import type { Trial } from '@nrw-health/core';
import {
  ctgovReader,
  ctgovXmlReader,
  drksReader,
  ictrpReader,
  type TrialReader,
} from '@nrw-health/interop';

/** Relative to the react package, where Vitest's `readFile` and the Node tests resolve paths. */
const fixtures = '../../../shared/fixtures/';

// Listed by name: a browser test cannot list a directory. A file that goes missing fails loudly.
const ctgovStudies = [
  'aact_NCT00763412.json',
  'aact_NCT00973089.json',
  'aact_NCT02210780.json',
  'aact_NCT02299791_initialize_participant_flow_data.json',
  'aact_NCT03418623.json',
  'aact_NCT03475563.json',
  'aact_NCT03630471.json',
  'aact_NCT04207047.json',
  'aact_NCT05594173.json',
  'aact_NCT06171568.json',
  'aact_NCT06388018_v2page.json',
  'dgg32_clinical-trials-public_ctg-studies(2).json',
  'dgg32_clinical-trials-public_ctg-studies.json',
  'dgg32_graph_bigquery_ctg-studies.json',
  'jinash-rouniyar_trial-match-ai_ctg-studies.json',
  'koy570_herniated_disc_ctg-studies.json',
  'scampbe3_my-website_ctg-studies.json',
  'vrinda2019_NSCLCBench_ctg-studies.json',
];

const ctgovXml = [
  '00001177',
  '00023673',
  '00151216',
  '00277524',
  '00513591',
  '00734539',
  '01065844',
  '01076361',
  '01207388',
  '01220531',
  '01339988',
  '01357915',
  '01534533',
  '01642004',
  '02260193',
  '02317510',
  '02438137',
  '02481830',
  '02586688',
  '02591810',
  '02654730',
  '02679963',
  '02708238',
  '02798588',
  '02903849',
  '02958956',
  '02988895',
  '03101111',
  '03147742',
  '03182660',
  '03204344',
  '03228394',
  '03391583',
  '03424005',
  '03446690',
  '03459976',
  '03521479',
  '03599518',
  '04349592_covid_19_hcq',
  '04452435_covid_19',
].map((id) => `aact_NCT${id}.xml`);

interface Source {
  readonly reader: TrialReader;
  readonly path: string;
  /** Fills a field the source lacks before reading; see the ICTRP extract. */
  readonly complete?: (record: Record<string, unknown>) => Record<string, unknown>;
}

const sources: readonly Source[] = [
  ...ctgovStudies.map((file) => ({ reader: ctgovReader, path: `ctgov-v2-json/studies/${file}` })),
  ...ctgovXml.map((file) => ({ reader: ctgovXmlReader, path: `ctgov-legacy-xml/${file}` })),
  { reader: ctgovXmlReader, path: 'ctgov-legacy-xml/mcode_NCT02513394.xml' },
  { reader: drksReader, path: 'drks/DRKS_trial-DRKS00038775.json' },
  {
    reader: ictrpReader,
    path: 'who-ictrp/IDDO_NTD_ictrp_curated_export.csv',
    // The curated extract has no title column, which the model requires: the trial's own ID
    // stands in, as a card shows it for a trial without a title. Nothing else is added.
    complete: (row) => ({ ...row, 'Public title': row.TrialID }),
  },
];

/** Real trials and what the readers refused. */
export interface RealTrials {
  readonly trials: Trial[];
  readonly refused: number;
}

/** Every trial the fixtures hold, read with `readText` (Node's fs or Vitest's `commands.readFile`). */
export async function readRealTrials(
  readText: (path: string) => Promise<string>,
): Promise<RealTrials> {
  const trials: Trial[] = [];
  let refused = 0;
  for (const source of sources) {
    const text = await readText(`${fixtures}${source.path}`);
    const document = source.reader.input === 'json' ? JSON.parse(text) : text;
    for (const record of source.reader.records(document)) {
      const complete =
        source.complete && record && typeof record === 'object'
          ? source.complete(record as Record<string, unknown>)
          : record;
      const { value } = source.reader.read(complete);
      if (value) trials.push(value);
      else refused++;
    }
  }
  return { trials, refused };
}

/**
 * `count` trials from `trials`: the real ones first, then copies, each copy with a primary
 * identifier of its own (`NCT01234567#2`, `#3`, …) so that every trial stays distinct. The
 * fixtures hold fewer than 10,000 trials; the copies are there only to give the finder volume.
 */
export function replicate(trials: readonly Trial[], count: number): Trial[] {
  if (trials.length === 0) return [];
  return Array.from({ length: count }, (_, index) => {
    const trial = trials[index % trials.length]!;
    const copy = Math.floor(index / trials.length) + 1;
    if (copy === 1) return trial;
    const { primary } = trial.identifiers;
    return {
      ...trial,
      identifiers: {
        ...trial.identifiers,
        primary: { ...primary, id: `${primary.id}#${copy}` } as typeof primary,
      },
    };
  });
}
