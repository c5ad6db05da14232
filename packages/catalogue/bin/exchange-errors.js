#!/usr/bin/env node
// A committed entry, so pnpm can link the bin in a fresh checkout before dist/ is built.
import '../dist/cli.js';
