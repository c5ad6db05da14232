import { createRequire } from 'node:module';
import path from 'node:path';
import { catalogue as packageCatalogue, type Catalogue } from '@exchange-errors/catalogue';
import type { TSESLint } from '@typescript-eslint/utils';
import { closest as closestWord, distance } from 'fastest-levenshtein';
import { indexCatalogue, type CatalogueIndex } from './catalogue-index.js';

/** The key under `settings` that holds this plugin's shared settings. */
export const SETTINGS_KEY = '@exchange-errors';
export const DEFAULT_IMPORT_SOURCE = '@exchange-errors/catalogue';

/** `settings['@exchange-errors']` after validation, with defaults applied. */
export interface PluginSettings {
  readonly index: CatalogueIndex;
  /** Where fixes import `ExchangeErrorCode` from. */
  readonly importSource: string;
  readonly typeAware: boolean;
  /** Whether `catalogue` names the project's own catalogue, which then is the complete list of its codes. */
  readonly customCatalogue: boolean;
}

const SETTING_NAMES = ['catalogue', 'importSource', 'typeAware'] as const;
const PREFIX = `@exchange-errors/eslint-plugin: settings['${SETTINGS_KEY}']`;

const parsedSettings = new WeakMap<object, PluginSettings>();
const defaultSettings: PluginSettings = {
  index: indexCatalogue(packageCatalogue),
  importSource: DEFAULT_IMPORT_SOURCE,
  typeAware: false,
  customCatalogue: false,
};

function isCatalogue(value: unknown): value is Catalogue {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Catalogue).definitions) &&
    typeof (value as Catalogue).get === 'function'
  );
}

function loadCatalogue(specifier: string, cwd: string): Catalogue {
  // Resolve like the linted project would, not like this plugin's own install location.
  const requireFromProject = createRequire(path.join(cwd, '__exchange-errors-settings__.js'));
  let loaded: unknown;
  try {
    loaded = requireFromProject(specifier);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `${PREFIX}.catalogue is ${JSON.stringify(specifier)}, which cannot be loaded from ${cwd}: ${reason}. ` +
        'Give a package name or a path starting with ./ relative to the directory ESLint runs in.',
      { cause: error },
    );
  }
  const exported = loaded as { default?: unknown; catalogue?: unknown } | null;
  // `module.exports = catalogue` in CommonJS is the module itself.
  const found = [exported?.default, exported?.catalogue, exported].find(isCatalogue);
  if (found === undefined) {
    throw new Error(
      `${PREFIX}.catalogue is ${JSON.stringify(specifier)}, but that module exports no catalogue. ` +
        'Export the result of defineCatalogue() as the default export or as `catalogue`.',
    );
  }
  return found;
}

/** The setting name a misspelt key most likely meant: at most a third of it mistyped. */
function closest(key: string, names: readonly string[]): string | undefined {
  const candidate = closestWord(key, [...names]);
  return distance(key, candidate) <= Math.max(1, Math.floor(candidate.length / 3)) ? candidate : undefined;
}

function parseSettings(raw: unknown, cwd: string): PluginSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${PREFIX} must be an object with any of ${SETTING_NAMES.join(', ')}; got ${JSON.stringify(raw)}.`);
  }
  const settings = raw as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!(SETTING_NAMES as readonly string[]).includes(key)) {
      const likely = closest(key, SETTING_NAMES);
      throw new Error(
        `${PREFIX}.${key} is not a setting; ${likely ? `did you mean ${likely}? Otherwise ` : ''}` +
          `remove it or use one of ${SETTING_NAMES.join(', ')}.`,
      );
    }
  }
  const { catalogue, importSource, typeAware } = settings;
  for (const [name, value] of [
    ['catalogue', catalogue],
    ['importSource', importSource],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
      throw new Error(`${PREFIX}.${name} must be a non-empty module specifier string; got ${JSON.stringify(value)}.`);
    }
  }
  if (typeAware !== undefined && typeof typeAware !== 'boolean') {
    throw new Error(`${PREFIX}.typeAware must be true or false; got ${JSON.stringify(typeAware)}.`);
  }
  return {
    index: typeof catalogue === 'string' ? indexCatalogue(loadCatalogue(catalogue, cwd)) : defaultSettings.index,
    importSource: (importSource as string | undefined) ?? DEFAULT_IMPORT_SOURCE,
    typeAware: typeAware ?? false,
    customCatalogue: typeof catalogue === 'string',
  };
}

/**
 * The plugin's shared settings for the file being linted. Parsing happens once per settings object, which
 * ESLint keeps for every file with the same config; a bad setting throws an error that names it.
 */
export function getPluginSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PluginSettings {
  const raw: unknown = context.settings[SETTINGS_KEY];
  let settings = defaultSettings;
  if (raw !== undefined) {
    const key = typeof raw === 'object' && raw !== null ? raw : undefined;
    const cached = key === undefined ? undefined : parsedSettings.get(key);
    settings = cached ?? parseSettings(raw, context.cwd);
    if (key !== undefined && cached === undefined) parsedSettings.set(key, settings);
  }
  if (settings.typeAware && context.sourceCode.parserServices?.program == null) {
    throw new Error(
      `${PREFIX}.typeAware is true, but ${context.filename} was parsed without type information. ` +
        'Set languageOptions.parserOptions.projectService (or project) for @typescript-eslint/parser, ' +
        'or set typeAware to false.',
    );
  }
  return settings;
}
