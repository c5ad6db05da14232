import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const jestBin = createRequire(import.meta.url).resolve('jest/bin/jest');

interface JestReport {
  readonly testResults: readonly {
    readonly name: string;
    readonly assertionResults: readonly {
      readonly title: string;
      readonly status: string;
      readonly failureMessages: readonly string[];
    }[];
  }[];
}

let outputDir: string;
let report: JestReport;

beforeAll(async () => {
  if (!existsSync(join(packageDir, 'dist/jest.cjs'))) {
    throw new Error('dist/jest.cjs is missing: run `pnpm --filter @exchange-errors/matchers build` before this test.');
  }
  outputDir = await mkdtemp(join(tmpdir(), 'matchers-jest-'));
  const outputFile = join(outputDir, 'report.json');
  const args = [
    jestBin,
    '--config',
    'tests/fixtures/jest/jest.config.cjs',
    '--ci',
    '--json',
    `--outputFile=${outputFile}`,
  ];
  // Jest exits 1 because the fixture's failing tests fail; the report says which.
  await promisify(execFile)(process.execPath, args, {
    cwd: packageDir,
    env: { ...process.env, FORCE_COLOR: '0' },
  }).catch((error: unknown) => error);
  report = JSON.parse(await readFile(outputFile, 'utf8')) as JestReport;
}, 60_000);

afterAll(async () => {
  await rm(outputDir, { recursive: true, force: true });
});

function resultsOf(fixture: string) {
  const suite = report.testResults.find(({ name }) => name.endsWith(fixture));
  if (suite === undefined) throw new Error(`Jest did not run ${fixture}`);
  return suite.assertionResults;
}

/** Each test of a fixture with its status and the first failure message, stack trace and colours left out. */
function outcomesOf(fixture: string) {
  return resultsOf(fixture).map(({ title, status, failureMessages }) => {
    const message = stripVTControlCharacters(failureMessages[0] ?? '');
    return { title, status, message: message.slice(0, message.indexOf('\n    at ')) };
  });
}

describe('@exchange-errors/matchers/jest under a real Jest 30 run', () => {
  test('every assertion of the passing fixture passes', () => {
    expect(resultsOf('passes.test.cjs').map(({ title, status }) => [title, status])).toEqual([
      ['toBeExchangeError', 'passed'],
      ['toBeRetryableExchangeError', 'passed'],
      ['toThrowExchangeError', 'passed'],
      ['.rejects', 'passed'],
      ['asymmetric', 'passed'],
    ]);
  });

  test('the global expect of the default Jest setup has the matchers too', () => {
    expect(outcomesOf('global-expect.test.cjs')).toMatchInlineSnapshot(`
      [
        {
          "message": "",
          "status": "passed",
          "title": "every matcher on the global expect",
        },
        {
          "message": "",
          "status": "passed",
          "title": "asymmetric use of the global expect",
        },
        {
          "message": "Error: expect(received).toBeRetryableExchangeError()

      Expected: a retryable exchange error
      Received: BAD_SYMBOL (-1121) "Invalid symbol." with retry "none"",
          "status": "failed",
          "title": "a failure on the global expect",
        },
      ]
    `);
  });

  test('createMatchers over another catalogue passes by its errors and fails with its names', () => {
    expect(outcomesOf('custom-catalogue.test.cjs')).toMatchInlineSnapshot(`
      [
        {
          "message": "",
          "status": "passed",
          "title": "that catalogue's errors",
        },
        {
          "message": "Error: expect(received).toBeExchangeError(expected)

      Expected: VENUE_HALTED (4001) "Trading on %s is halted."
      Received: VENUE_REJECTED (4002) "Order rejected."",
          "status": "failed",
          "title": "a different error of it",
        },
        {
          "message": "Error: expect(received).toBeExchangeError(expected)

      "VENUE_REJECT" is not an error name of the catalogue; did you mean VENUE_REJECTED (4002)?",
          "status": "failed",
          "title": "a misspelt name of it",
        },
      ]
    `);
  });

  test('params are compared with the testers of expect.addEqualityTesters', () => {
    expect(resultsOf('custom-testers.test.cjs').map(({ title, status }) => [title, status])).toEqual([
      ['params are compared with the custom testers', 'passed'],
      ['asymmetric use compares them with the custom testers too', 'passed'],
    ]);
  });

  test('the failing fixture fails with the matchers’ messages', () => {
    expect(outcomesOf('fails.test.cjs')).toMatchInlineSnapshot(`
      [
        {
          "message": "Error: expect(received).toBeExchangeError(expected)

      Expected: TIMEOUT (-1007) "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
      Received: BAD_SYMBOL (-1121) "Invalid symbol."",
          "status": "failed",
          "title": "a different error",
        },
        {
          "message": "Error: expect(received).not.toBeExchangeError(expected)

      Expected: not BAD_SYMBOL (-1121) "Invalid symbol."
      Received: BAD_SYMBOL (-1121) "Invalid symbol."",
          "status": "failed",
          "title": ".not",
        },
        {
          "message": "Error: expect(received).toBeExchangeError(expected)

      "BAD_SYMBL" is not an error name of the catalogue; did you mean BAD_SYMBOL (-1121)?",
          "status": "failed",
          "title": "a misspelt name",
        },
        {
          "message": "Error: expect(received).rejects.toBeRetryableExchangeError()

      Expected: a retryable exchange error
      Received: TypeError "fetch failed", which is not an exchange error",
          "status": "failed",
          "title": ".rejects with something that is not an exchange error",
        },
        {
          "message": "Error: expect(received).toEqual(expected) // deep equality

      - Expected  - 1
      + Received  + 3

        Object {
      -   "error": toBeExchangeError<BAD_SYMBOL (-1121)>,
      +   "error": Object {
      +     "code": -1007,
      +   },
        }",
          "status": "failed",
          "title": "an asymmetric matcher in a diff",
        },
      ]
    `);
  });
});
