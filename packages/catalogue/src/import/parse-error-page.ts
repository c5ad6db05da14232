import { readCode } from '../code.js';
import { isErrorName } from '../error-name.js';
import { isRetryPolicy, retryPolicies } from '../retry-policies.js';
import type { ExchangeErrorDefinition } from '../types.js';
import { constantNameFrom, uniqueName } from './constant-name.js';
import { inferRetryPolicy, type RetryReason } from './infer-retry-policy.js';
import { plainText } from './inline-markdown.js';

/** A definition read from an error page, with where it came from and why it has its name and policy. */
export interface ImportedDefinition extends ExchangeErrorDefinition {
  /** The line of the heading that defines the code. */
  readonly line: number;
  /** The heading's title, when the constant name had to be derived from it (or the code had no name). */
  readonly derivedFrom?: string;
  readonly retryReason: RetryReason;
}

/** Something of the page the import could not read, or a choice it made that the user should check. */
export interface PageNotice {
  readonly line: number;
  readonly text: string;
}

export interface ErrorPage {
  readonly definitions: readonly ImportedDefinition[];
  /** Lines that look like part of an entry but were not read: reported, never dropped silently. */
  readonly unread: readonly PageNotice[];
  /** Codes filed under a group heading whose range does not hold them. */
  readonly groupMismatches: readonly PageNotice[];
}

/** Per code or name: a policy for `policies`, a group name for `groups`. */
export type Overrides = Readonly<Record<string, unknown>>;

export interface ParseErrorPageOptions {
  readonly policies?: Overrides;
  readonly groups?: Overrides;
}

/** Thrown when the page cannot become a catalogue; `problems` lists every reason, each naming its line. */
export class ErrorPageError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The error page cannot be imported:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ErrorPageError';
    this.problems = problems;
  }
}

interface Entry {
  readonly code: number;
  readonly line: number;
  readonly title: string;
  readonly group: Group;
  /** The name as the page writes it; undefined when it must be derived. */
  readonly givenName: string | undefined;
  readonly messages: string[];
}

interface Group {
  readonly name: string;
  readonly line: number;
  /** `10` and 2 for a `10xx` heading; undefined for the codes before any group heading. */
  readonly range?: { readonly prefix: string; readonly wildcards: number; readonly title: string };
}

/** A "Messages for -X NAME, -Y NAME" section: its table's messages belong to every code it lists. */
interface SharedMessages {
  readonly line: number;
  readonly group: Group;
  readonly codes: readonly { readonly code: number; readonly name: string }[];
  readonly messages: string[];
}

interface TableColumns {
  readonly message: number | undefined;
  readonly code: number | undefined;
}

const HEADING = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?$/;
const CODE_HEADING = /^(?:code\s*:\s*)?(-\d+|\d{2,})(?![\dx])\s*[-–—:.]?\s*(.*)$/i;
const GROUP_HEADING = /^-?(\d+)(x+)\b\s*[-–—:]?\s*(.*)$/i;
const CODE_AND_NAME = /(-\d+|\d{2,})\s+([A-Za-z_$][\w$]*)/g;
const BULLET = /^\s*[*+-]\s+(.*)$/;
const TABLE_ROW = /^\s*\|/;
const TABLE_SEPARATOR = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;
const FENCE = /^\s*(?:```|~~~)/;
/** `---`, `* * *`: a rule between sections, not a bullet. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
/** A line that starts with something like a code: if it is not read, it is reported. */
const STARTS_WITH_CODE = /^\s*(?:[*+-]\s+)?(?:\*\*|__|`)?(?:code\s*:\s*)?-?\d{3,}\b/i;
const DEFAULT_GROUP: Group = { name: 'general', line: 0 };

const MESSAGE_COLUMN = /^(?:msg|message|error message|error msg|messages)$/i;
const CODE_COLUMN = /^(?:code|error code)$/i;

function splitRow(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((cell) => plainText(cell.replaceAll('\\|', '|')));
}

function columnsOf(header: readonly string[]): TableColumns {
  const message = header.findIndex((cell) => MESSAGE_COLUMN.test(cell));
  const code = header.findIndex((cell) => CODE_COLUMN.test(cell));
  return { message: message === -1 ? undefined : message, code: code === -1 ? undefined : code };
}

const describeEntry = (entry: { code: number; title: string }) =>
  entry.title === '' ? `${entry.code}` : `${entry.code} ${entry.title}`;

/** Group names from group headings: the first word of the title (`general`), more words when that one is taken. */
function groupNameFor(title: string, range: string, taken: ReadonlySet<string>): string {
  const words = (title.match(/[A-Za-z0-9]+/g) ?? []).map((word) => word.toLowerCase());
  for (let count = 1; count <= words.length; count += 1) {
    const candidate = words.slice(0, count).join('-');
    if (!taken.has(candidate)) return candidate;
  }
  return words.length === 0 ? range : `${words.join('-')}-${range}`;
}

function inRange(code: number, range: NonNullable<Group['range']>): boolean {
  const digits = String(Math.abs(code));
  return digits.length === range.prefix.length + range.wildcards && digits.startsWith(range.prefix);
}

/** Reads the page's lines into entries and shared-message sections, noting every line it cannot read. */
function readLines(markdown: string) {
  const entries: Entry[] = [];
  const shared: SharedMessages[] = [];
  const unread: PageNotice[] = [];
  const groupNames = new Set<string>();
  let group = DEFAULT_GROUP;
  let entry: Entry | undefined;
  let section: SharedMessages | undefined;
  let table: TableColumns | undefined;
  let inFence = false;

  markdown.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    const text = rawLine.trimEnd();
    if (FENCE.test(text)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    if (text.trim() === '' || THEMATIC_BREAK.test(text)) {
      table = undefined;
      return;
    }
    const note = (what: string) => unread.push({ line, text: what });
    const heading = HEADING.exec(text);
    if (heading !== null) {
      table = undefined;
      entry = undefined;
      section = undefined;
      const title = plainText(heading[1] ?? '');
      const codeHeading = CODE_HEADING.exec(title);
      const groupHeading = GROUP_HEADING.exec(title);
      const listed = [...title.matchAll(CODE_AND_NAME)];
      if (codeHeading !== null) {
        const rest = (codeHeading[2] ?? '').trim();
        entry = {
          code: Number(codeHeading[1]),
          line,
          title: rest,
          group,
          givenName: isErrorName(rest) ? rest : undefined,
          messages: [],
        };
        entries.push(entry);
      } else if (/\bmessages?\b.*\bfor\b/i.test(title) && listed.length > 0) {
        section = {
          line,
          group,
          codes: listed.map((match) => ({ code: Number(match[1]), name: match[2] ?? '' })),
          messages: [],
        };
        shared.push(section);
      } else if (groupHeading !== null) {
        const [, prefix = '', wildcards = '', rest = ''] = groupHeading;
        const range = `${prefix}${wildcards}`;
        const name = groupNameFor(rest, range, groupNames);
        groupNames.add(name);
        group = { name, line, range: { prefix, wildcards: wildcards.length, title: range } };
      } else if (/(?:^|\s)-\d{3,}\b/.test(title)) {
        note(`heading "${title}" mentions a code but is not "-CODE NAME", "Code:-CODE NAME" or "Messages for …"`);
      }
      return;
    }
    // Messages go to the code section being read, or to the "Messages for" section.
    const target = entry?.messages ?? section?.messages;
    const where = entry !== undefined ? describeEntry(entry) : 'the "Messages for" heading';
    if (TABLE_ROW.test(text)) {
      if (TABLE_SEPARATOR.test(text)) return;
      const cells = splitRow(text);
      if (table === undefined) {
        table = columnsOf(cells);
        if (target !== undefined && table.message === undefined) {
          note(`the table under ${where} has no msg or message column, so none of its rows is read`);
        }
        return;
      }
      if (target === undefined) {
        if (cells.some((cell) => /^-?\d{3,}$/.test(cell))) note('a table row with a code outside any code section');
        return;
      }
      if (table.message === undefined) return;
      const rowCode = table.code === undefined ? undefined : cells[table.code];
      if (entry !== undefined && rowCode !== undefined && rowCode !== '' && Number(rowCode) !== entry.code) {
        note(`a row for code ${rowCode} under the heading of ${entry.code}`);
        return;
      }
      const message = cells[table.message] ?? '';
      if (message === '') note(`a row under ${where} with an empty message`);
      else target.push(message);
      return;
    }
    table = undefined;
    const bullet = BULLET.exec(text);
    if (bullet !== null && target !== undefined) {
      const message = plainText(bullet[1] ?? '');
      if (message !== '') target.push(message);
    } else if (entry !== undefined) {
      note(`text under ${where} that is not a "*" or "-" bullet or a table row: "${text.trim()}"`);
    } else if (STARTS_WITH_CODE.test(text)) {
      note(`"${text.trim()}" looks like an error code but is not a heading`);
    }
  });
  return { entries, shared, unread };
}

/** The definition each override key names: a code (`-1121`) or a name (`BAD_SYMBOL`). */
function resolveOverrides(
  overrides: Overrides | undefined,
  option: string,
  definitions: readonly { code: number; name: string }[],
  isValid: (value: unknown) => boolean,
  expected: string,
  problems: string[],
): Map<number, unknown> {
  const resolved = new Map<number, unknown>();
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const code = readCode(key);
    const target = definitions.find((definition) => definition.name === key || definition.code === code);
    if (target === undefined) problems.push(`${option}: "${key}" is no code or name of the page`);
    else if (!isValid(value)) problems.push(`${option}: "${key}" is ${JSON.stringify(value)}; expected ${expected}`);
    else resolved.set(target.code, value);
  }
  return resolved;
}

/**
 * Reads an exchange's error page (markdown) into catalogue definitions: `-CODE NAME` headings with `*`/`-` bullets,
 * `Code:-CODE NAME` headings with a table holding a msg column, "Messages for -X NAME, …" sections, `10xx` group
 * headings. Infers each code's retry policy from the page's words; `options.policies` and `options.groups` override
 * by code or name. Throws an `ErrorPageError` listing every problem (duplicate codes, conflicting names, no codes,
 * unknown override keys), each with its line.
 */
export function parseErrorPage(markdown: string, options: ParseErrorPageOptions = {}): ErrorPage {
  const { entries, shared, unread } = readLines(markdown);
  const problems: string[] = [];
  const byCode = new Map<number, Entry>();
  for (const entry of entries) {
    const first = byCode.get(entry.code);
    if (first === undefined) byCode.set(entry.code, entry);
    else problems.push(`line ${entry.line}: code ${entry.code} is already defined at line ${first.line}`);
  }
  for (const section of shared) {
    for (const { code, name } of section.codes) {
      const existing = byCode.get(code);
      if (existing === undefined) {
        const created = { code, line: section.line, title: name, group: section.group, givenName: name, messages: [] };
        byCode.set(code, created);
        entries.push(created);
      } else if (existing.givenName !== undefined && existing.givenName !== name) {
        problems.push(
          `line ${section.line}: code ${code} is called ${name} here but ${existing.givenName} at line ${existing.line}`,
        );
      }
      const messages = byCode.get(code)?.messages ?? [];
      messages.push(...section.messages.filter((message) => !messages.includes(message)));
    }
  }
  entries.sort((a, b) => a.line - b.line);

  const readable = entries.filter((entry) => {
    if (entry.messages.length > 0) return true;
    unread.push({
      line: entry.line,
      text: `${describeEntry(entry)} has no message on the page, so it is not imported`,
    });
    return false;
  });
  const givenNames = new Map<string, Entry>();
  for (const entry of readable) {
    if (entry.givenName === undefined) continue;
    const other = givenNames.get(entry.givenName);
    if (other !== undefined && other.code !== entry.code) {
      problems.push(
        `line ${entry.line}: name ${entry.givenName} of code ${entry.code} is already the name of code ${other.code} (line ${other.line})`,
      );
    }
    givenNames.set(entry.givenName, entry);
  }
  const taken = new Set(givenNames.keys());
  const named = readable.map((entry) => {
    if (entry.givenName !== undefined) return { entry, name: entry.givenName };
    const name = uniqueName(constantNameFrom(entry.title, entry.code), entry.code, taken);
    taken.add(name);
    return { entry, name };
  });
  if (named.length === 0) {
    problems.push(
      'no error codes with messages found: expected headings such as "### -1121 BAD_SYMBOL" or "### Code:-1121 BAD_SYMBOL"',
    );
  }
  const keys = named.map(({ entry, name }) => ({ code: entry.code, name }));
  const policies = resolveOverrides(
    options.policies,
    'policies',
    keys,
    isRetryPolicy,
    `one of ${retryPolicies.join(', ')}`,
    problems,
  );
  const groups = resolveOverrides(
    options.groups,
    'groups',
    keys,
    (value) => typeof value === 'string' && value !== '',
    'a non-empty group name',
    problems,
  );
  if (problems.length > 0) throw new ErrorPageError(problems);

  const groupMismatches: PageNotice[] = [];
  const definitions = named.map(({ entry, name }): ImportedDefinition => {
    const { range } = entry.group;
    const group = groups.get(entry.code) as string | undefined;
    if (group === undefined && range !== undefined && !inRange(entry.code, range)) {
      groupMismatches.push({
        line: entry.line,
        text: `${entry.code} ${name} is under the ${range.title} heading (line ${entry.group.line}), outside its range; it stays in group ${entry.group.name}`,
      });
    }
    const override = policies.get(entry.code) as ExchangeErrorDefinition['retry'] | undefined;
    const inferred = inferRetryPolicy(name, entry.messages);
    return {
      code: entry.code,
      name,
      messages: entry.messages,
      group: group ?? entry.group.name,
      retry: override ?? inferred.retry,
      line: entry.line,
      ...(entry.givenName === undefined ? { derivedFrom: entry.title } : {}),
      retryReason: override === undefined ? inferred.reason : { source: 'override' },
    };
  });
  return { definitions, unread: unread.sort((a, b) => a.line - b.line), groupMismatches };
}
