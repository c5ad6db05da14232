import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface UpstreamEntry {
  readonly code: number;
  readonly name: string;
  readonly heading: string;
  readonly messages: readonly string[];
}

/** The exchange's error page as the repository keeps it; the catalogue is checked against it. */
export const upstreamPath = fileURLToPath(new URL('../../../docs/upstream/errors.md', import.meta.url));

/** Reads every `### <code> <NAME>` entry and its bulleted message variants, verbatim. */
export function readUpstreamEntries(markdown = readFileSync(upstreamPath, 'utf8')): UpstreamEntry[] {
  const entries: { code: number; name: string; heading: string; messages: string[] }[] = [];
  let heading = '';
  for (const line of markdown.split('\n')) {
    const section = /^## (.+)$/.exec(line);
    const entry = /^### (-\d+) ([A-Z_]+)\s*$/.exec(line);
    const bullet = /^\* {3}(.*)$/.exec(line);
    if (section) heading = section[1] ?? '';
    else if (entry) entries.push({ code: Number(entry[1]), name: entry[2] ?? '', heading, messages: [] });
    else if (bullet) entries.at(-1)?.messages.push(bullet[1] ?? '');
  }
  return entries;
}
