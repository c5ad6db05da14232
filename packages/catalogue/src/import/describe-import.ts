import type { ErrorPage, ImportedDefinition } from './parse-error-page.js';

function describePolicy({ retry, retryReason }: ImportedDefinition): string {
  switch (retryReason.source) {
    case 'override':
      return `${retry} (set by --policies)`;
    case 'no cue':
      return `${retry} (no retry words)`;
    default:
      return `${retry} ("${retryReason.words}" in the ${retryReason.source})`;
  }
}

/**
 * The summary of an import: every code with its policy and the words that set it, the names that had to be derived,
 * codes outside their group heading's range, and every line that was not read.
 */
export function describeImport(page: ErrorPage): string {
  const { definitions, unread, groupMismatches } = page;
  const width = Math.max(...definitions.map(({ code, name }) => `${code} ${name}`.length));
  const lines = [`${definitions.length} codes; retry policies:`];
  for (const definition of definitions) {
    lines.push(`  ${`${definition.code} ${definition.name}`.padEnd(width)}  ${describePolicy(definition)}`);
  }
  const derived = definitions.filter((definition) => definition.derivedFrom !== undefined);
  if (derived.length > 0) {
    lines.push('Names derived from headings that are not identifiers:');
    for (const { line, code, name, derivedFrom } of derived) {
      lines.push(`  line ${line}: ${code} ${derivedFrom === '' ? '(no name)' : JSON.stringify(derivedFrom)} → ${name}`);
    }
  }
  if (groupMismatches.length > 0) {
    lines.push('Codes outside their group heading’s range (move them with --groups):');
    for (const { line, text } of groupMismatches) lines.push(`  line ${line}: ${text}`);
  }
  if (unread.length > 0) {
    lines.push('Not read:');
    for (const { line, text } of unread) lines.push(`  line ${line}: ${text}`);
  }
  return lines.join('\n');
}
