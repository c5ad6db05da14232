import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fixturesDirectory } from './rule-tester.js';

/**
 * Every invalid option of every rule and every broken custom catalogue fails with an error that names the culprit.
 * Rules and their option schemas are read from the plugin, so new rules and options are covered as they land.
 */
const PREFIX = '@exchange-errors';

function lint(rules: Linter.RulesRecord, settings?: unknown): Linter.LintMessage[] {
  return new Linter({ configType: 'flat', cwd: fixturesDirectory }).verify(
    'if (err.code === -1121) retry();',
    [
      { plugins: { [PREFIX]: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] }, rules },
      ...(settings === undefined ? [] : [{ settings: { [PREFIX]: settings } }]),
    ],
    'file.js',
  );
}

interface PropertySchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
}

/** A value of the wrong type (or outside the enum) for a schema property. */
function wrongValue(schema: PropertySchema): unknown {
  if (schema.enum !== undefined) return 'not-one-of-the-allowed-values';
  if (schema.type === 'string') return 42;
  if (schema.type === 'boolean') return 'yes';
  if (schema.type === 'array') return 'not-an-array';
  throw new Error(`misuse.test.ts has no wrong value for an option of type ${schema.type} yet; add one.`);
}

const invalidOptions = Object.entries(plugin.rules).flatMap(([name, rule]) => {
  const [schema] = rule.meta.schema as unknown as [{ properties: Record<string, PropertySchema> }];
  return [
    [name, 'an unknown option', { notAnOption: true }, /Unexpected property "notAnOption"/] as const,
    ...Object.entries(schema.properties).map(
      ([option, optionSchema]) =>
        [
          name,
          `${option} of the wrong type`,
          { [option]: wrongValue(optionSchema) },
          new RegExp(`Value ${JSON.stringify(wrongValue(optionSchema))} should`),
        ] as const,
    ),
    ...Object.keys(schema.properties)
      .filter((option) => option.endsWith('Pattern'))
      .map(
        (option) =>
          [
            name,
            `${option} that is not a regular expression`,
            { [option]: '(' },
            new RegExp(`option ${option} is "\\(", which is not a valid regular expression`),
          ] as const,
      ),
  ];
});

describe('invalid rule options', () => {
  it('every rule has a schema with properties to check', () => {
    expect(invalidOptions.length).toBeGreaterThanOrEqual(Object.keys(plugin.rules).length * 2);
  });

  it.each(invalidOptions)('%s: %s names the rule and the value', (name, _, options, message) => {
    const attempt = () => lint({ [`${PREFIX}/${name}`]: ['error', options] });
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(`${PREFIX}/${name}`);
  });

  it('an ignore entry that is no code names the entry', () => {
    expect(() => lint({ [`${PREFIX}/no-magic-error-codes`]: ['error', { ignore: ['BAD_SYMBL'] }] })).toThrow(
      /option ignore lists "BAD_SYMBL", which is not a code or name of the catalogue/,
    );
  });
});

describe('broken custom catalogues', () => {
  const recommended = plugin.configs.recommended.rules as Linter.RulesRecord;
  it.each([
    ['a module that throws on load', 'throws-on-load.mjs', /venue catalogue is missing its data file/],
    ['duplicate codes', 'duplicate-codes.mjs', /definitions\[1\] \(VENUE_HALTED\) repeats code -9001 of VENUE_DOWN/],
    [
      'a code of the wrong type',
      'wrong-types.mjs',
      /definitions\[0\] \(VENUE_DOWN\) has code "-9001"; expected a non-zero integer/,
    ],
  ])('%s: the error names the setting, the module and the bad entry', (_, file, culprit) => {
    const specifier = `./${path.posix.join('misuse', file)}`;
    const attempt = () => lint(recommended, { catalogue: specifier });
    expect(attempt).toThrow(culprit);
    expect(attempt).toThrow(`settings['@exchange-errors'].catalogue is "${specifier}", which cannot be loaded`);
  });
});
