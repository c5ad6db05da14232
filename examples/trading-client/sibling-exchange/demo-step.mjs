// The demo's step for a second exchange: import Heron's error page into a catalogue module with the
// `exchange-errors import` bin, then lint and fix a Heron client by that catalogue.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import exchangeErrors from '@exchange-errors/eslint-plugin';
import { ESLint } from 'eslint';

const siblingDir = fileURLToPath(new URL('.', import.meta.url));
const catalogueManifest = createRequire(import.meta.url).resolve('@exchange-errors/catalogue/package.json');
const importBin = join(dirname(catalogueManifest), 'dist/cli.js');

/** Runs the step; `expectThat(condition, failure)` records what did not behave as expected. */
export async function demoSiblingExchange({ heading, paint, expectThat }) {
  heading("Importing a second exchange's error page: exchange-errors import sibling-exchange/errors.md");
  const imported = spawnSync(process.execPath, [importBin, 'import', 'errors.md', '--out', 'heron-errors.mjs'], {
    cwd: siblingDir,
    stdio: 'inherit',
  });
  expectThat(imported.status === 0, `expected the import of Heron's page to succeed (it exited ${imported.status})`);

  heading('Linting sibling-exchange/client.mjs with the imported catalogue');
  const linter = new ESLint({ cwd: siblingDir, overrideConfigFile: join(siblingDir, 'heron.eslint.config.mjs') });
  const results = await linter.lintFiles(['client.mjs']);
  console.log(await (await linter.loadFormatter('stylish')).format(results));
  const rules = results.flatMap((result) => result.messages.map((message) => message.ruleId));
  expectThat(
    rules.filter((rule) => rule === '@exchange-errors/no-magic-error-codes').length === 3 &&
      rules.filter((rule) => rule === '@exchange-errors/no-unknown-error-code').length === 1,
    `expected 3 magic codes and 1 unknown code in the Heron client, found ${rules.join(', ') || 'none'}`,
  );

  const [fixed] = await new ESLint({
    cwd: siblingDir,
    overrideConfigFile: join(siblingDir, 'heron.eslint.config.mjs'),
    fix: true,
  }).lintFiles(['client.mjs']);
  const [fixedByBuiltIn] = await new ESLint({
    cwd: siblingDir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['client.mjs'], ...exchangeErrors.configs.recommended }],
    fix: true,
  }).lintFiles(['client.mjs']);
  const changedLines = (output) => {
    const original = new Set(readFileSync(join(siblingDir, 'client.mjs'), 'utf8').split('\n'));
    return (output ?? '').split('\n').filter((line) => !original.has(line));
  };
  console.log("--fix by Heron's catalogue (nothing is written):");
  for (const line of changedLines(fixed?.output)) console.log(paint('green', `+ ${line}`));
  console.log("The same --fix by the built-in catalogue would give Heron's codes another exchange's names:");
  for (const line of changedLines(fixedByBuiltIn?.output)) console.log(paint('red', `+ ${line}`));
  expectThat(
    fixed?.output?.includes('ExchangeErrorCode.NO_TRADING_WINDOW') === true,
    'expected --fix to name -2016 NO_TRADING_WINDOW by the imported catalogue',
  );
}
