import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import type { AnyRuleContext } from '../../src/utils/create-rule.js';

interface ProbeOptions {
  readonly filename?: string;
  readonly sourceType?: 'module' | 'commonjs' | 'script';
}

/**
 * What `inspect` answers for every node `selector` matches when ESLint lints `code` with @typescript-eslint/parser:
 * helpers see the same nodes, parents and scopes as in a rule.
 */
export function probe<Answer>(
  code: string,
  selector: string,
  inspect: (node: TSESTree.Node, context: AnyRuleContext) => Answer,
  { filename = 'probe.ts', sourceType = 'module' }: ProbeOptions = {},
): Answer[] {
  const answers: Answer[] = [];
  const rule = {
    meta: { type: 'problem' as const, schema: [] },
    create: (context: AnyRuleContext) => ({
      [selector]: (node: TSESTree.Node) => answers.push(inspect(node, context)),
    }),
  };
  // Files named by absolute path may lie outside the working directory: lint them from the file system root.
  const cwd = path.isAbsolute(filename) ? path.parse(filename).root : process.cwd();
  const messages = new Linter({ cwd }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs', '**/*.cts', '**/*.mts'],
        languageOptions: { parser: tsParser as Linter.Parser, sourceType },
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename },
  );
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === 'probe/probe');
  if (fatal !== undefined) throw new Error(`${filename}: ${fatal.message}`);
  return answers;
}
