import path from 'node:path';
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
    ['a non-string catalogue', { catalogue: 42 }, /\.catalogue must be a non-empty module specifier string; got 42/],
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
    const messages = lintWithSettings({ catalogue: './custom-catalogue.mjs' });
    expect(messages.map((message) => message.ruleId)).toEqual(['@exchange-errors/no-unknown-error-code']);
    const custom = new Linter({ configType: 'flat', cwd: fixturesDirectory }).verify(
      'if (err.code === -9001) retry();',
      [
        plugin.configs.recommended as Linter.Config,
        { settings: { '@exchange-errors': { catalogue: './custom-catalogue.mjs' } } },
      ],
      path.join(fixturesDirectory, 'file.js'),
    );
    expect(custom.map((message) => message.ruleId)).toEqual(['@exchange-errors/no-magic-error-codes']);
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
