// The real trial files of ../shared/fixtures that the end-to-end tests and the benchmark build the
// site with: registry exports in several formats, read by the CLI as DEMO_TRIALS.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(repository, '..', 'shared', 'fixtures');

/** The files, relative to the repository's root (as DEMO_TRIALS takes them). */
export function fixtureTrials() {
  if (!existsSync(fixtures))
    throw new Error(`the shared fixtures are missing: expected them in ${fixtures}`);
  const inFolder = (folder, pattern) =>
    readdirSync(join(fixtures, folder))
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => relative(repository, join(fixtures, folder, name)));
  return [
    ...inFolder('ctgov-v2-json/studies', /\.json$/),
    ...inFolder('ctgov-legacy-xml', /\.xml$/),
    ...inFolder('eu-ctr/ctrdata-demo', /\.json$/),
    ...inFolder('drks', /^DRKS_trial-.*\.json$/),
  ];
}
