// What an editor offers inside `toBeExchangeError('…')`, asked of the TypeScript language service over the type-test
// programs of tests/types: the catalogue's names, for the default catalogue and for one declared by its one line.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue } from '@exchange-errors/catalogue';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const typesDir = fileURLToPath(new URL('types', import.meta.url));
const probeFile = join(typesDir, 'completion-probe.ts');
const probe = `import { expect } from 'expect-under-test';
expect(undefined).toBeExchangeError('');
expect(undefined).toThrowExchangeError({ name: '' });
expect.toBeExchangeError('');
`;

/** The names offered at each `''` of the probe, in a program of the given tsconfig plus the probe. */
function namesOffered(tsconfig: string): string[][] {
  const configPath = join(typesDir, tsconfig);
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options, fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const service = ts.createLanguageService({
    getCompilationSettings: () => options,
    getScriptFileNames: () => [...fileNames, probeFile],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => ts.ScriptSnapshot.fromString(file === probeFile ? probe : readFileSync(file, 'utf8')),
    getCurrentDirectory: () => typesDir,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === probeFile || ts.sys.fileExists(file),
    readFile: (file) => (file === probeFile ? probe : ts.sys.readFile(file)),
    // pnpm links packages: their dependencies resolve from the real path.
    realpath: ts.sys.realpath,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  return [...probe.matchAll(/''/g)].map(({ index }) => {
    const completions = service.getCompletionsAtPosition(probeFile, index + 1, {});
    return (completions?.entries ?? []).map(({ name }) => name).sort();
  });
}

// A language service loads each program's type definitions, Vitest's and Jest's: seconds, not milliseconds.
describe('names autocomplete', { timeout: 60_000 }, () => {
  test('from the default catalogue, after the setup import', () => {
    const names = catalogue.definitions.map(({ name }) => name).sort();
    expect(namesOffered('tsconfig.vitest4.default.json')).toEqual([names, names, names]);
  });

  test.each(['tsconfig.vitest4.custom.json', 'tsconfig.jest-global.custom.json'])(
    'from a custom catalogue declared by its one line (%s)',
    (tsconfig) => {
      const names = ['VENUE_HALTED', 'VENUE_REJECTED'];
      expect(namesOffered(tsconfig)).toEqual([names, names, names]);
    },
  );
});
