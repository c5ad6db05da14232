import { defineConfig } from 'tsup';

const shared = { splitting: false, sourcemap: false, target: 'es2022' } as const;

export default defineConfig([
  {
    ...shared,
    // The importer is an entry of its own (`@exchange-errors/catalogue/import`), so the runtime bundle carries none of it.
    entry: { index: 'src/index.ts', import: 'src/import/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Both configs build at once: keep the bin the other one writes.
    clean: ['!cli.js'],
  },
  { ...shared, entry: { cli: 'src/cli.ts' }, format: ['esm'], clean: false },
]);
