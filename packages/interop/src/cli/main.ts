#!/usr/bin/env node
// The `nrw-health` command. All logic is in run.ts, which the tests call directly.
import { run } from './run';

// `nrw-health convert … | head`: the reader went away; stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2), process).then((code) => {
  process.exitCode = code;
});
