#!/usr/bin/env node
// The `nrw-health` command, that is the built CLI (dist/cli/main.js). It is a file of its own so
// that a package manager can link the command before the package is built, as pnpm does on a
// fresh clone of the kit's repository.
import '../dist/cli/main.js';
