/** The text with one fix (an autofix or a suggestion's) applied, as ESLint applies it. */
export function applyFix(text: string, fix: { range: readonly [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}
