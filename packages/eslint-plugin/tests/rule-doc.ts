/** What the docs test reads from a `docs/rules/<rule>.md` page. */
export interface RuleDoc {
  /** The texts of the `## ` headings, in page order. */
  readonly sections: readonly string[];
  readonly examples: readonly RuleDocExample[];
}

export interface RuleDocExample {
  readonly kind: 'incorrect' | 'correct';
  readonly language: 'ts' | 'js';
  readonly code: string;
  /** The page line of the block's first code line, so a finding at code line n is on page line `line + n - 1`. */
  readonly line: number;
}

const EXAMPLES_PARAGRAPH = /^Examples of \*\*(incorrect|correct)\*\* code/;
const FENCE_OPENING = /^```(\S*)\s*$/;
const FENCE_CLOSING = /^```\s*$/;
const HEADING = /^(#{1,6}) (.*)$/;

/**
 * Reads the sections and the examples of a rule page. A fenced block is an example when it follows a paragraph
 * "Examples of **incorrect** code…" or "Examples of **correct** code…", up to the next such paragraph or heading.
 * Throws, naming the page and line, on a fence that is not closed or an example block that is not ```ts or ```js.
 */
export function readRuleDoc(page: string, markdown: string): RuleDoc {
  const sections: string[] = [];
  const examples: RuleDocExample[] = [];
  let kind: RuleDocExample['kind'] | undefined;
  let block: { language: string; line: number; lines: string[] } | undefined;

  for (const [index, line] of markdown.split('\n').entries()) {
    const lineNumber = index + 1;
    if (block) {
      if (!FENCE_CLOSING.test(line)) {
        block.lines.push(line);
        continue;
      }
      if (kind) {
        if (block.language !== 'ts' && block.language !== 'js') {
          throw new Error(
            `${page}:${block.line - 1}: an example of ${kind} code must be a \`\`\`ts or \`\`\`js block, not \`\`\`${block.language}`,
          );
        }
        examples.push({ kind, language: block.language, code: block.lines.join('\n'), line: block.line });
      }
      block = undefined;
      continue;
    }
    const fence = FENCE_OPENING.exec(line);
    const heading = HEADING.exec(line);
    const examplesParagraph = EXAMPLES_PARAGRAPH.exec(line);
    if (fence) block = { language: fence[1] ?? '', line: lineNumber + 1, lines: [] };
    else if (heading) {
      kind = undefined;
      if (heading[1] === '##') sections.push(heading[2] ?? '');
    } else if (examplesParagraph) kind = examplesParagraph[1] as RuleDocExample['kind'];
  }
  if (block) throw new Error(`${page}:${block.line - 1}: the code block is not closed`);
  return { sections, examples };
}
