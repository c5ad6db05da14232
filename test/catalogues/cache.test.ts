// `eslint --cache` with a catalogue in settings: the object form reports by the catalogue's current data; the
// module-specifier form keeps the cached results (the caveat the plugin's README documents).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePage, Project } from './project.js';

const client = 'export function handle(err) {\n  if (err.code === -4003) return "retry";\n  return "fail";\n}\n';
const newCode = '\n### -4003 ACCOUNT_BUSY\n\n*   Account busy, try again.\n';

function config(catalogueSetting: string): string {
  return [
    "import exchangeErrors from '@exchange-errors/eslint-plugin';",
    "import { catalogue } from './exchange-errors.mjs';",
    '',
    'export default [',
    '  exchangeErrors.configs.recommended,',
    `  { settings: { '@exchange-errors': { catalogue: ${catalogueSetting}, importSource: './exchange-errors.mjs' } } },`,
    '];',
    '',
  ].join('\n');
}

/** A project linting client.js against a catalogue imported from a page that lacks -4003, then gains it. */
function cachedRuns(catalogueSetting: string) {
  const project = new Project();
  try {
    project.write('errors.md', readFileSync(fixturePage('alpha-errors.md'), 'utf8'));
    project.importPage('errors.md', 'exchange-errors.mjs');
    project.write('eslint.config.mjs', config(catalogueSetting));
    project.write('client.js', client);
    const rules = () => project.eslint('--cache', 'client.js').map(({ line, ruleId }) => `${line} ${ruleId}`);
    const first = rules();
    const cachedAgain = rules();
    project.write('errors.md', `${readFileSync(fixturePage('alpha-errors.md'), 'utf8')}${newCode}`);
    project.importPage('errors.md', 'exchange-errors.mjs');
    const afterChange = rules();
    const uncached = project.eslint('client.js').map(({ line, ruleId }) => `${line} ${ruleId}`);
    return { first, cachedAgain, afterChange, uncached };
  } finally {
    project.remove();
  }
}

const unknown = '2 @exchange-errors/no-unknown-error-code';
const magic = '2 @exchange-errors/no-magic-error-codes';

describe('eslint --cache with a custom catalogue', () => {
  it('reports by the new data once the catalogue object in eslint.config.js changes', () => {
    expect(cachedRuns('catalogue')).toEqual({
      first: [unknown],
      cachedAgain: [unknown],
      afterChange: [magic],
      uncached: [magic],
    });
  });

  it('keeps the cached results when the catalogue is a module specifier, until the cache is cleared', () => {
    expect(cachedRuns("'./exchange-errors.mjs'")).toEqual({
      first: [unknown],
      cachedAgain: [unknown],
      afterChange: [unknown],
      uncached: [magic],
    });
  });
});
