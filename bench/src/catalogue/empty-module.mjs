// The import-time baseline: what loading any ESM module costs in a fresh process.
