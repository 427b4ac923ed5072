#!/usr/bin/env node
// The `nrw-health` command. All logic is in run.ts, which the tests call directly.
import { run } from './run';

run(process.argv.slice(2), process).then((code) => {
  process.exitCode = code;
});
