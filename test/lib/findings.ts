import { relative, resolve } from 'node:path';

/** One finding as the e2e tests compare them across hosts and formats: `file:line:column ruleId message`. */
export function findingLine(
  cwd: string,
  file: string,
  line: number,
  column: number,
  ruleId: string | null,
  message: string,
): string {
  return `${relative(cwd, resolve(cwd, file))}:${line}:${column} ${ruleId ?? '(none)'} ${message}`;
}

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string | null; line: number; column: number; message: string }[];
}

/** Every finding of ESLint's `--format json` output, files relative to `cwd`. */
export function eslintJsonFindings(stdout: string, cwd: string): string[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((result) =>
    result.messages.map((message) =>
      findingLine(cwd, result.filePath, message.line, message.column, message.ruleId, message.message),
    ),
  );
}
