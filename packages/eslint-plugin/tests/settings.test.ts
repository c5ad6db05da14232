import path from 'node:path';
import { catalogue, defineCatalogue } from '@exchange-errors/catalogue';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fixturesDirectory } from './rule-tester.js';

/** Lints one line with the recommended config plus `settings` through the real ESLint `Linter`. */
function lintWithSettings(settings: unknown): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat', cwd: fixturesDirectory });
  return linter.verify(
    'if (err.code === -1121) retry();',
    [plugin.configs.recommended as Linter.Config, { settings: { '@exchange-errors': settings } }],
    'file.js',
  );
}

describe("settings['@exchange-errors']", () => {
  it.each([
    ['a non-object', 'strict', /settings\['@exchange-errors'\] must be an object/],
    [
      'a misspelt key',
      { catalog: './x.mjs' },
      "settings['@exchange-errors'].catalog is not a setting; did you mean catalogue? Otherwise remove it or use one of catalogue, importSource, typeAware.",
    ],
    [
      'an unknown key',
      { strictness: 'high' },
      "settings['@exchange-errors'].strictness is not a setting; remove it or use one of catalogue, importSource, typeAware.",
    ],
    [
      'a catalogue that is neither object nor string',
      { catalogue: 42 },
      /\.catalogue must be a catalogue object \(import it in eslint\.config\.js\) or a non-empty module specifier string; got 42/,
    ],
    [
      'an object without definitions',
      { catalogue: { codes: {} }, importSource: './errors.js' },
      /\.catalogue is an object without a definitions array; give the catalogue that defineCatalogue\(\) returns/,
    ],
    [
      'a hand-made catalogue object with a bad entry',
      {
        catalogue: {
          definitions: [{ code: -9001, name: 'VENUE DOWN', group: 'venue', retry: 'none', messages: ['x'] }],
        },
        importSource: './errors.js',
      },
      /\.catalogue is not a valid catalogue: defineCatalogue: definitions\[0\] \(VENUE DOWN\) has name "VENUE DOWN"; expected an identifier/,
    ],
    [
      'a custom catalogue without importSource',
      { catalogue: './custom-catalogue.mjs' },
      "settings['@exchange-errors'].importSource is required with a custom catalogue: set it to the module fixes import ExchangeErrorCode from",
    ],
    ['an empty importSource', { importSource: '' }, /\.importSource must be a non-empty module specifier string/],
    ['a non-boolean typeAware', { typeAware: 'yes' }, /\.typeAware must be true or false; got "yes"/],
    [
      'an unresolvable catalogue',
      { catalogue: './missing.mjs' },
      /\.catalogue is "\.\/missing\.mjs", which cannot be loaded/,
    ],
    ['a module without a catalogue', { catalogue: './not-a-catalogue.mjs' }, /that module exports no catalogue/],
    [
      'typeAware without type information',
      { typeAware: true },
      /\.typeAware is true, but .*file\.js was parsed without type information/,
    ],
  ])('rejects %s with an error naming the setting', (_, settings, message) => {
    expect(() => lintWithSettings(settings)).toThrow(message);
  });

  it('resolves a relative catalogue module from the linting cwd', () => {
    // -1121 is no code of the custom catalogue: not magic, but unknown.
    const messages = lintWithSettings({ catalogue: './custom-catalogue.mjs', importSource: './venue-errors.js' });
    expect(messages.map((message) => message.ruleId)).toEqual(['@exchange-errors/no-unknown-error-code']);
    const custom = new Linter({ configType: 'flat', cwd: fixturesDirectory }).verify(
      'if (err.code === -9001) retry();',
      [
        plugin.configs.recommended as Linter.Config,
        {
          settings: { '@exchange-errors': { catalogue: './custom-catalogue.mjs', importSource: './venue-errors.js' } },
        },
      ],
      path.join(fixturesDirectory, 'file.js'),
    );
    expect(custom.map((message) => message.ruleId)).toEqual(['@exchange-errors/no-magic-error-codes']);
  });
});

describe('a catalogue object in settings', () => {
  const venue = defineCatalogue([
    { code: -9001, name: 'VENUE_DOWN', group: 'venue', retry: 'backoff', messages: ['Venue is down.'] },
  ]);
  const lintCode = (code: string, ...settings: object[]) =>
    new Linter({ configType: 'flat' }).verify(code, [
      plugin.configs.recommended as Linter.Config,
      ...settings.map((value) => ({ settings: { '@exchange-errors': value } })),
    ]);

  it('reports and fixes by the object imported in the config', () => {
    const fixed = new Linter({ configType: 'flat' }).verifyAndFix('if (err.code === -9001) retry();', [
      plugin.configs.recommended as Linter.Config,
      { settings: { '@exchange-errors': { catalogue: venue, importSource: './venue-errors.js' } } },
    ]);
    expect(fixed.output).toBe(
      "import { ExchangeErrorCode } from './venue-errors.js';\nif (err.code === ExchangeErrorCode.VENUE_DOWN) retry();",
    );
    expect(
      lintCode('if (err.code === -1121) retry();', { catalogue: venue, importSource: './venue-errors.js' }).map(
        (message) => message.ruleId,
      ),
    ).toEqual(['@exchange-errors/no-unknown-error-code']);
  });

  it('accepts a catalogue object not built by defineCatalogue once its definitions pass its checks', () => {
    const handMade = { definitions: venue.definitions.map((definition) => ({ ...definition })) };
    expect(
      lintCode('if (err.code === -9001) retry();', { catalogue: handMade, importSource: './venue-errors.js' }).map(
        (message) => message.ruleId,
      ),
    ).toEqual(['@exchange-errors/no-magic-error-codes']);
  });

  it('takes the later config’s catalogue whole when ESLint merges two configs that set one', () => {
    const messages = lintCode(
      'if (err.code === -1121 || err.code === -9001) retry();',
      { catalogue: venue, importSource: './venue-errors.js' },
      { catalogue, importSource: '@exchange-errors/catalogue' },
    );
    expect(messages.map(({ ruleId, column }) => [ruleId, column])).toEqual([
      ['@exchange-errors/no-magic-error-codes', 18],
      ['@exchange-errors/no-unknown-error-code', 40],
    ]);
  });

  it('needs no importSource for the package catalogue', () => {
    expect(lintCode('if (err.code === -1121) retry();', { catalogue }).map((message) => message.ruleId)).toEqual([
      '@exchange-errors/no-magic-error-codes',
    ]);
  });
});

describe('plugin', () => {
  it('exposes meta, the rules and three named flat configs', () => {
    expect(plugin.meta.name).toBe('@exchange-errors/eslint-plugin');
    expect(Object.keys(plugin.rules).sort()).toEqual([
      'exhaustive-retryable-switch',
      'no-blind-retry',
      'no-error-message-comparison',
      'no-magic-error-codes',
      'no-unknown-error-code',
    ]);
    expect(Object.values(plugin.configs).map((config) => config.name)).toEqual([
      '@exchange-errors/recommended',
      '@exchange-errors/recommended-type-checked',
      '@exchange-errors/strict',
    ]);
  });

  it('rejects a codePattern that is not a regular expression, naming the option', () => {
    const linter = new Linter({ configType: 'flat' });
    expect(() =>
      linter.verify('x', [
        plugin.configs.recommended as Linter.Config,
        { rules: { '@exchange-errors/no-magic-error-codes': ['error', { codePattern: '(' }] } },
      ]),
    ).toThrow(/option codePattern is "\(", which is not a valid regular expression/);
    expect(() =>
      linter.verify('x', [
        plugin.configs.recommended as Linter.Config,
        { rules: { '@exchange-errors/no-blind-retry': ['error', { codePattern: '[' }] } },
      ]),
    ).toThrow(/option codePattern is "\[", which is not a valid regular expression/);
    expect(() =>
      linter.verify('x', [
        plugin.configs.recommended as Linter.Config,
        { rules: { '@exchange-errors/no-magic-error-codes': ['error', { ignore: [-4242] }] } },
      ]),
    ).toThrow(/option ignore lists -4242, which is not a code or name of the catalogue/);
  });
});
