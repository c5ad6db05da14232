import type { ExchangeErrorDefinition, MessageMatch } from './types.js';

/** Longer texts are not error messages; refusing them keeps matching cheap on hostile input. */
export const MAX_MESSAGE_LENGTH = 4096;

/** What stands for a parameter in a message variant: `%s`, `%d` or a numbered `{0}`, as exchanges' pages write them. */
const PLACEHOLDER = /%[sd]|\{\d+\}/;

/** Every template split so far: catalogue messages are few, and each is split once. */
const splitTemplates = new Map<string, readonly string[]>();

/**
 * A message variant split at its placeholders (`%s`, `%d`, `{0}`): `["Parameter '", "' was empty."]`; a single segment when it
 * has none. Cached, so matching and the lint rules split each template once.
 */
export function splitMessageTemplate(message: string): readonly string[] {
  let segments = splitTemplates.get(message);
  if (segments === undefined) {
    segments = Object.freeze(message.split(PLACEHOLDER));
    splitTemplates.set(message, segments);
  }
  return segments;
}

/**
 * Matches `text` against literal segments separated by wildcards. Taking the leftmost occurrence
 * of each inner segment is complete (a wildcard may be empty) and keeps the work linear.
 */
function matchSegments(segments: readonly string[], text: string): string[] | undefined {
  const first = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  if (segments.length === 1) return text === first ? [] : undefined;
  const end = text.length - last.length;
  if (end < first.length || !text.startsWith(first) || !text.endsWith(last)) return undefined;
  const params: string[] = [];
  let position = first.length;
  for (let index = 1; index < segments.length - 1; index += 1) {
    const segment = segments[index] ?? '';
    const found = text.indexOf(segment, position);
    if (found === -1 || found + segment.length > end) return undefined;
    params.push(text.slice(position, found));
    position = found + segment.length;
  }
  params.push(text.slice(position, end));
  return params;
}

/**
 * Recognises `text` as one of the definition's message variants, templates with `%s`, `%d` or `{0}` included,
 * and returns the captured parameters. `undefined` when no variant matches.
 */
export function matchMessage(definition: ExchangeErrorDefinition, text: unknown): MessageMatch | undefined {
  if (typeof text !== 'string' || text.length > MAX_MESSAGE_LENGTH) return undefined;
  const { messages } = definition;
  for (let index = 0; index < messages.length; index += 1) {
    const variant = messages[index] ?? '';
    const params = matchSegments(splitMessageTemplate(variant), text);
    if (params !== undefined) return { variant, index, params };
  }
  return undefined;
}
