import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleOf } from '../scripts/bundle-size.mjs';
import { actorKinds } from './actor/codes';
import { observationStatuses } from './indicator/codes';
import { trialStatuses } from './trial/codes';

// The built package is what users bundle; `pnpm test` builds it first (turbo).
beforeAll(() => {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
    throw new Error('dist/ is missing: run `pnpm build` before these tests');
  }
});

describe('tree-shaking the built package', () => {
  it('keeps validateTrial alone at 25 kB gzip or less', async () => {
    const { gzip } = await bundleOf(['validateTrial']);
    expect(gzip).toBeLessThanOrEqual(25_000);
  });

  it('leaves the other entities out of a bundle that imports one validator', async () => {
    // English labels: plain ASCII, so they survive minification verbatim.
    const trialLabel = trialStatuses.entries['enrolling-by-invitation'].label.en;
    const actorLabel = actorKinds.entries['university-hospital'].label.en;
    const observationLabel = observationStatuses.entries.confidential.label.en;
    const trial = await bundleOf(['validateTrial']);
    expect(trial.code).toContain(trialLabel);
    expect(trial.code).not.toContain(actorLabel);
    expect(trial.code).not.toContain(observationLabel);
    const observation = await bundleOf(['validateObservation']);
    expect(observation.code).toContain(observationLabel);
    expect(observation.code).not.toContain(trialLabel);
    expect(observation.code).not.toContain(actorLabel);
  });
});
