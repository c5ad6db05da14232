// A monorepo with two exchanges: flat-config `files` globs give each package its own catalogue, in one ESLint run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, Project } from './project.js';

// The same numbers mean different things at the two exchanges: -4001 is ACCOUNT_FROZEN at alpha and
// NO_TRADING_WINDOW at beta; -4002 exists only at alpha, -4003 only at beta.
const client = [
  'export function describe(err) {',
  "  if (err.code === -4001) return 'first';",
  "  if (err.code === -4002) return 'second';",
  "  if (err.code === -4003) return 'third';",
  "  return 'other';",
  '}',
  '',
].join('\n');

const config = `import exchangeErrors from '@exchange-errors/eslint-plugin';
import { catalogue as alpha } from './packages/alpha/src/errors.mjs';
import { catalogue as beta } from './packages/beta/src/errors.mjs';

export default [
  exchangeErrors.configs.recommended,
  { files: ['packages/alpha/**'], settings: { '@exchange-errors': { catalogue: alpha, importSource: './errors.mjs' } } },
  { files: ['packages/beta/**'], settings: { '@exchange-errors': { catalogue: beta, importSource: './errors.mjs' } } },
];
`;

let project: Project;
beforeAll(() => {
  project = new Project();
  for (const exchange of ['alpha', 'beta']) {
    project.write(`packages/${exchange}/errors.md`, readFileSync(fixturePage(`${exchange}-errors.md`), 'utf8'));
    project.write(`packages/${exchange}/src/client.mjs`, client);
    project.importPage(`packages/${exchange}/errors.md`, `packages/${exchange}/src/errors.mjs`);
  }
  project.write('eslint.config.mjs', config);
});
afterAll(() => project.remove());

const alphaClient = path.join('packages', 'alpha', 'src', 'client.mjs');
const betaClient = path.join('packages', 'beta', 'src', 'client.mjs');

describe('one catalogue per directory', () => {
  it('reports each file by its own catalogue', () => {
    const findings = project.eslint('.').map(({ file, line, column, ruleId }) => `${file}:${line}:${column} ${ruleId}`);
    expect(findings).toEqual([
      `${alphaClient}:2:20 @exchange-errors/no-magic-error-codes`,
      `${alphaClient}:3:20 @exchange-errors/no-magic-error-codes`,
      `${alphaClient}:4:20 @exchange-errors/no-unknown-error-code`,
      `${betaClient}:2:20 @exchange-errors/no-magic-error-codes`,
      `${betaClient}:3:20 @exchange-errors/no-unknown-error-code`,
      `${betaClient}:4:20 @exchange-errors/no-magic-error-codes`,
    ]);
  });

  it('fixes each file with its own names, and the fixed clients still run', () => {
    project.eslint('--fix', '.');
    const fixed = (exchange: string) =>
      readFileSync(path.join(project.directory, `packages/${exchange}/src/client.mjs`), 'utf8');
    expect(fixed('alpha')).toBe(
      [
        "import { ExchangeErrorCode } from './errors.mjs';",
        'export function describe(err) {',
        "  if (err.code === ExchangeErrorCode.ACCOUNT_FROZEN) return 'first';",
        "  if (err.code === ExchangeErrorCode.ACCOUNT_RATE_LIMITED) return 'second';",
        "  if (err.code === -4003) return 'third';",
        "  return 'other';",
        '}',
        '',
      ].join('\n'),
    );
    expect(fixed('beta')).toBe(
      [
        "import { ExchangeErrorCode } from './errors.mjs';",
        'export function describe(err) {',
        "  if (err.code === ExchangeErrorCode.NO_TRADING_WINDOW) return 'first';",
        "  if (err.code === -4002) return 'second';",
        "  if (err.code === ExchangeErrorCode.VENUE_BUSY) return 'third';",
        "  return 'other';",
        '}',
        '',
      ].join('\n'),
    );
    for (const exchange of ['alpha', 'beta']) {
      project.write(
        `packages/${exchange}/run.mjs`,
        "import { describe } from './src/client.mjs';\nconsole.log([-4001, -4002, -4003].map((code) => describe({ code })).join(' '));\n",
      );
      expect(project.node(`packages/${exchange}/run.mjs`).trim(), exchange).toBe('first second third');
    }
  });
});
