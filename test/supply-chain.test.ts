import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What users install: the published packages must run nothing at install time and pull in only the runtime
 * dependencies each truly needs; ESLint, typescript-eslint, TypeScript and the test runners are peers. Here, no
 * installed dependency may run a build script: pnpm runs none unless allowed, and none is allowed.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runtime dependencies allowed per published package; a new package or dependency needs an entry here first. */
const ALLOWED_DEPENDENCIES: Readonly<Record<string, readonly string[]>> = {
  '@exchange-errors/catalogue': [],
  '@exchange-errors/eslint-plugin': ['@exchange-errors/catalogue', '@typescript-eslint/utils'],
  '@exchange-errors/matchers': ['@exchange-errors/catalogue'],
};
/** Peers the user brings, never installed by us. */
const REQUIRED_PEERS: Readonly<Record<string, readonly string[]>> = {
  '@exchange-errors/catalogue': [],
  '@exchange-errors/eslint-plugin': ['eslint', 'typescript'],
  // @types/jest: the matchers' types augment its global `expect`.
  '@exchange-errors/matchers': ['vitest', 'expect', '@jest/globals', '@types/jest'],
};
const HOST_PACKAGES =
  /^(?:eslint|typescript|typescript-eslint|@typescript-eslint\/parser|vitest|@vitest\/.+|jest|expect|@jest\/.+)$/;
/** Lifecycle scripts npm, pnpm and yarn run when a package is installed (prepare also for git dependencies). */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare', 'prepublish'];

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly scripts?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly bundleDependencies?: unknown;
  readonly bundledDependencies?: unknown;
  readonly peerDependencies?: Record<string, string>;
  readonly pnpm?: Record<string, unknown>;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PackageJson;

const published = readdirSync(path.join(repoRoot, 'packages'))
  .map((directory) => readJson(path.join(repoRoot, 'packages', directory, 'package.json')))
  .filter((manifest) => manifest.private !== true);

describe('published packages', () => {
  it('are the ones the allow-list knows', () => {
    expect(published.map((manifest) => manifest.name).sort()).toEqual(Object.keys(ALLOWED_DEPENDENCIES).sort());
  });

  it.each(published.map((manifest) => [manifest.name, manifest] as const))(
    '%s has no install scripts',
    (_, manifest) => {
      expect(Object.keys(manifest.scripts ?? {}).filter((script) => INSTALL_SCRIPTS.includes(script))).toEqual([]);
    },
  );

  it.each(published.map((manifest) => [manifest.name, manifest] as const))(
    '%s depends at runtime only on its allow-list, and on its hosts as peers',
    (name, manifest) => {
      const allowed = ALLOWED_DEPENDENCIES[name] ?? [];
      expect(Object.keys(manifest.dependencies ?? {}).filter((dependency) => !allowed.includes(dependency))).toEqual(
        [],
      );
      expect(manifest.optionalDependencies ?? {}).toEqual({});
      expect(manifest.bundleDependencies ?? manifest.bundledDependencies).toBeUndefined();
      expect(Object.keys(manifest.dependencies ?? {}).filter((dependency) => HOST_PACKAGES.test(dependency))).toEqual(
        [],
      );
      expect(Object.keys(manifest.peerDependencies ?? {}).sort()).toEqual([...(REQUIRED_PEERS[name] ?? [])].sort());
    },
  );
});

describe('installed dependencies', () => {
  const workspaceConfig = readFileSync(path.join(repoRoot, 'pnpm-workspace.yaml'), 'utf8');
  /** The entries of a top-level list setting of pnpm-workspace.yaml. */
  const listSetting = (key: string): string[] => {
    const block = new RegExp(`^${key}:\\n((?:[ \\t]+-.*\\n?)*)`, 'm').exec(workspaceConfig)?.[1] ?? '';
    return [...block.matchAll(/-\s*['"]?([^'"\s]+)['"]?/g)].map((match) => match[1] ?? '');
  };

  it('are never allowed to run build scripts', () => {
    expect(workspaceConfig).not.toMatch(
      /^(?:onlyBuiltDependencies|onlyBuiltDependenciesFile|dangerouslyAllowAllBuilds|neverBuiltDependencies)\s*:/m,
    );
    const rootManifest = readJson(path.join(repoRoot, 'package.json'));
    expect(Object.keys(rootManifest.pnpm ?? {}).filter((key) => /Built|AllBuilds/.test(key))).toEqual([]);
  });

  it('that have install scripts are each listed in ignoredBuiltDependencies', () => {
    const store = path.join(repoRoot, 'node_modules/.pnpm');
    const withScripts = new Set<string>();
    for (const entry of readdirSync(store)) {
      const modules = path.join(store, entry, 'node_modules');
      if (!existsSync(modules)) continue;
      for (const scope of readdirSync(modules)) {
        const names = scope.startsWith('@')
          ? readdirSync(path.join(modules, scope)).map((name) => `${scope}/${name}`)
          : [scope];
        for (const name of names) {
          const directory = path.join(modules, name);
          // Only the package this store entry is for, not the links to its dependencies.
          if (!realpathSync(directory).startsWith(path.join(store, entry))) continue;
          const manifestPath = path.join(directory, 'package.json');
          if (!existsSync(manifestPath)) continue;
          const manifest = readJson(manifestPath);
          const hasScript = ['preinstall', 'install', 'postinstall'].some(
            (script) => manifest.scripts?.[script] !== undefined,
          );
          if (hasScript || existsSync(path.join(directory, 'binding.gyp'))) withScripts.add(manifest.name);
        }
      }
    }
    expect(withScripts.size).toBeGreaterThan(0);
    expect([...withScripts].filter((name) => !listSetting('ignoredBuiltDependencies').includes(name))).toEqual([]);
  });
});
