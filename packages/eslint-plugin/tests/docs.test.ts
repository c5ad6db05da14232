/**
 * The rule pages say what the rules do; this test holds every page to its rule.
 *
 * Conventions of a `docs/rules/<rule>.md` page (one per rule, named after it):
 * - Sections (`## ` headings): `## Rule Details`; `## Options` exactly when the rule has options (a non-empty
 *   `meta.schema`); `## When Not To Use It`.
 * - Examples: a paragraph starting `Examples of **incorrect** code` or `Examples of **correct** code`, followed by
 *   one or more fenced blocks, up to the next such paragraph or heading. A page has at least one of each kind.
 *   A block is ```ts (parsed by @typescript-eslint/parser as `example.ts`) or ```js (espree, as the ES module
 *   `example.js`); other blocks, such as ```text for a message, stand outside the Examples paragraphs.
 * - Each block is linted by ESLint's `Linter` with this rule alone, at its default options and without settings
 *   (the exchange's catalogue). It must parse. An incorrect block gets at least one report of the rule; a correct
 *   block gets none. Imports need not resolve, and a block may use names it does not declare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { dedent } from './dedent.js';
import { readRuleDoc, type RuleDocExample } from './rule-doc.js';

const docsDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
const ruleNames = Object.keys(plugin.rules) as (keyof typeof plugin.rules)[];

/**
 * What ESLint finds in an example with the rule alone, as `<page line>:<column> <rule id>: <message>`: the rule's
 * reports, and anything else (a parse error, a note on a disable comment).
 */
function lintExample(ruleName: string, example: RuleDocExample): { reports: string[]; otherMessages: string[] } {
  const ruleId = `@exchange-errors/${ruleName}`;
  const messages = new Linter({ configType: 'flat' }).verify(
    example.code,
    [
      { plugins: { '@exchange-errors': plugin as never }, rules: { [ruleId]: 'error' } },
      { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    ],
    `example.${example.language}`,
  );
  const onPage = (message: Linter.LintMessage) =>
    `${example.line + message.line - 1}:${message.column} ${message.ruleId ?? '(no rule)'}: ${message.message}`;
  return {
    reports: messages.filter((message) => message.ruleId === ruleId).map(onPage),
    otherMessages: messages.filter((message) => message.ruleId !== ruleId).map(onPage),
  };
}

it('has one page for every rule and no page without a rule', () => {
  const pages = readdirSync(docsDirectory).filter((file) => file.endsWith('.md'));
  expect(pages.sort()).toEqual(ruleNames.map((name) => `${name}.md`).sort());
});

describe.each(ruleNames)('docs/rules/%s.md', (ruleName) => {
  const page = `docs/rules/${ruleName}.md`;
  const doc = readRuleDoc(page, readFileSync(path.join(docsDirectory, `${ruleName}.md`), 'utf8'));
  const { schema } = plugin.rules[ruleName].meta;
  const hasOptions = Array.isArray(schema) ? schema.length > 0 : Boolean(schema);

  it('has the sections of a rule page', () => {
    // In this order, each once; other sections may stand between them.
    const required = ['Rule Details', ...(hasOptions ? ['Options'] : []), 'When Not To Use It'];
    const known = doc.sections.filter((section) => ['Rule Details', 'Options', 'When Not To Use It'].includes(section));
    expect(known).toEqual(required);
  });

  it('has examples of incorrect and of correct code', () => {
    expect(new Set(doc.examples.map((example) => example.kind))).toEqual(new Set(['incorrect', 'correct']));
  });

  const incorrect = doc.examples.filter((example) => example.kind === 'incorrect');
  const correct = doc.examples.filter((example) => example.kind === 'correct');

  it.each(incorrect.map((example) => [example.line, example] as const))(
    'the incorrect example at line %i is reported',
    (_, example) => {
      const { reports, otherMessages } = lintExample(ruleName, example);
      expect(otherMessages).toEqual([]);
      expect(reports, `${page}:${example.line}: no report of ${ruleName}`).not.toEqual([]);
    },
  );

  it.each(correct.map((example) => [example.line, example] as const))(
    'the correct example at line %i is not reported',
    (_, example) => {
      expect(lintExample(ruleName, example)).toEqual({ reports: [], otherMessages: [] });
    },
  );
});

describe('linting an example', () => {
  it('gives the page line of what it finds', () => {
    const example = {
      kind: 'incorrect',
      language: 'ts',
      code: 'f();\nif (err.code === -1121) skip();',
      line: 10,
    } as const;
    expect(lintExample('no-magic-error-codes', example)).toEqual({
      reports: [
        '11:18 @exchange-errors/no-magic-error-codes: Magic error code -1121: write ExchangeErrorCode.BAD_SYMBOL.',
      ],
      otherMessages: [],
    });
  });

  it('parses a ```js block as JavaScript', () => {
    const example = { kind: 'correct', language: 'js', code: 'const limit: number = -1000;', line: 3 } as const;
    expect(lintExample('no-magic-error-codes', example)).toEqual({
      reports: [],
      otherMessages: ['3:12 (no rule): Parsing error: Unexpected token :'],
    });
    expect(lintExample('no-magic-error-codes', { ...example, language: 'ts' })).toEqual({
      reports: [],
      otherMessages: [],
    });
  });
});

describe('reading a rule page', () => {
  it('reads the sections and the examples with their page lines', () => {
    const markdown = dedent`
      # Title
      ## Rule Details
      Examples of **incorrect** code for this rule:
      \`\`\`ts
      if (err.code === -1211) skip();
      \`\`\`
      Examples of **correct** code for this rule:
      \`\`\`js
      arr.slice(-1999);
      f();
      \`\`\`
      ## When Not To Use It
      \`\`\`text
      not an example: the Examples paragraph ends at the heading
      \`\`\`
    `;
    expect(readRuleDoc('page.md', markdown)).toEqual({
      sections: ['Rule Details', 'When Not To Use It'],
      examples: [
        { kind: 'incorrect', language: 'ts', code: 'if (err.code === -1211) skip();', line: 5 },
        { kind: 'correct', language: 'js', code: 'arr.slice(-1999);\nf();', line: 9 },
      ],
    });
  });

  it('names the line of an example block in another language', () => {
    const markdown = dedent`
      Examples of **incorrect** code for this rule:

      \`\`\`text
      -1211 is not an error code of the catalogue.
      \`\`\`
    `;
    expect(() => readRuleDoc('page.md', markdown)).toThrow(
      'page.md:3: an example of incorrect code must be a ```ts or ```js block, not ```text',
    );
  });

  it('names the line of a code block that is not closed', () => {
    expect(() => readRuleDoc('page.md', '## Rule Details\n\n```ts\nx;\n')).toThrow(
      'page.md:3: the code block is not closed',
    );
  });
});
