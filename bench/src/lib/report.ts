/** One benchmark goal with its measured value, repeated in the summary table at the top of the report. */
export interface GoalResult {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}

/** What each benchmark contributes to docs/benchmarks.md. */
export interface SectionResult {
  readonly title: string;
  readonly markdown: string;
  readonly goals: readonly GoalResult[];
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function verdict(met: boolean): string {
  return met ? 'goal met' : 'goal missed';
}
