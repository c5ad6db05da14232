import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  // `require('@exchange-errors/eslint-plugin')` must return the plugin itself, not `{ default: plugin }`.
  cjsInterop: true,
  // cjsInterop sees the entry's exports only when the CJS build goes through the ESM code-splitting path.
  splitting: true,
});
