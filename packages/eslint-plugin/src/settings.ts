import { createRequire } from 'node:module';
import path from 'node:path';
import {
  catalogue as packageCatalogue,
  defineCatalogue,
  isCatalogue,
  suggestWord,
  type Catalogue,
} from '@exchange-errors/catalogue';
import type { TSESLint } from '@typescript-eslint/utils';
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
  /** Whether `catalogue` is set (an object or a module): the project's own catalogue, the complete list of its codes. */
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
        'Export the result of defineCatalogue() as the default export or as `catalogue` (one built by an older ' +
        '@exchange-errors/catalogue lacks byCode, byName and retryable).',
    );
  }
  return rebuildCatalogue(found, `${PREFIX}.catalogue (${JSON.stringify(specifier)})`);
}

/** Catalogues rebuilt from a definitions array, so every config that holds the same array shares one index. */
const rebuiltCatalogues = new WeakMap<object, Catalogue>([[packageCatalogue.definitions, packageCatalogue]]);

/**
 * The catalogue over `value.definitions`, validated by `defineCatalogue`. Only the data is read: ESLint merges
 * settings objects key by key, so when two configs set a catalogue, the object a rule sees mixes both — except for
 * `definitions`, an array, which the later config replaces whole. The data is also what `eslint --cache` hashes.
 */
function rebuildCatalogue(value: object, where: string): Catalogue {
  const definitions: unknown = (value as { definitions?: unknown }).definitions;
  if (!Array.isArray(definitions)) {
    throw new Error(
      `${where} is an object without a definitions array; give the catalogue that defineCatalogue() returns ` +
        '(imported in eslint.config.js) or a module specifier string.',
    );
  }
  let rebuilt = rebuiltCatalogues.get(definitions);
  if (rebuilt === undefined) {
    try {
      rebuilt = defineCatalogue(definitions);
    } catch (error) {
      throw new Error(`${where} is not a valid catalogue: ${(error as Error).message}`, { cause: error });
    }
    rebuiltCatalogues.set(definitions, rebuilt);
  }
  return rebuilt;
}

/** The catalogue a `catalogue` setting names: the object itself, or the module a specifier string loads. */
function catalogueFromSetting(value: unknown, cwd: string): Catalogue {
  if (typeof value === 'string' && value.length > 0) return loadCatalogue(value, cwd);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return rebuildCatalogue(value, `${PREFIX}.catalogue`);
  }
  throw new Error(
    `${PREFIX}.catalogue must be a catalogue object (import it in eslint.config.js) or a non-empty module specifier ` +
      `string; got ${JSON.stringify(value)}.`,
  );
}

/** Whether a catalogue holds the package catalogue's data, so fixes may import from the package. */
function isPackageCatalogue(catalogue: Catalogue): boolean {
  return (
    catalogue === packageCatalogue ||
    JSON.stringify(catalogue.definitions) === JSON.stringify(packageCatalogue.definitions)
  );
}

function parseSettings(raw: unknown, cwd: string): PluginSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${PREFIX} must be an object with any of ${SETTING_NAMES.join(', ')}; got ${JSON.stringify(raw)}.`);
  }
  const settings = raw as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!(SETTING_NAMES as readonly string[]).includes(key)) {
      const likely = suggestWord(key, SETTING_NAMES);
      throw new Error(
        `${PREFIX}.${key} is not a setting; ${likely ? `did you mean ${likely}? Otherwise ` : ''}` +
          `remove it or use one of ${SETTING_NAMES.join(', ')}.`,
      );
    }
  }
  const { catalogue, importSource, typeAware } = settings;
  if (importSource !== undefined && (typeof importSource !== 'string' || importSource.length === 0)) {
    throw new Error(
      `${PREFIX}.importSource must be a non-empty module specifier string; got ${JSON.stringify(importSource)}.`,
    );
  }
  if (typeAware !== undefined && typeof typeAware !== 'boolean') {
    throw new Error(`${PREFIX}.typeAware must be true or false; got ${JSON.stringify(typeAware)}.`);
  }
  const chosen = catalogue === undefined ? packageCatalogue : catalogueFromSetting(catalogue, cwd);
  if (importSource === undefined && !isPackageCatalogue(chosen)) {
    throw new Error(
      `${PREFIX}.importSource is required with a custom catalogue: set it to the module fixes import ` +
        'ExchangeErrorCode from, one that resolves from every linted file: a package name or a # subpath import ' +
        "such as '#exchange-errors'.",
    );
  }
  return {
    index: indexCatalogue(chosen),
    importSource: importSource ?? DEFAULT_IMPORT_SOURCE,
    typeAware: typeAware ?? false,
    customCatalogue: catalogue !== undefined,
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
