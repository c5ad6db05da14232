/** JSON text longer than this is not an error payload and is not parsed. */
export const MAX_JSON_LENGTH = 64 * 1024;
/**
 * How far into a text its JSON payload may start: room for a prefix such as ccxt's `binance 429 Too Many Requests `
 * or a wrapper's `HTTP 400: `, not for a log line that happens to end in an object.
 */
export const MAX_JSON_PREFIX_LENGTH = 100;

/** The first `{` of `text` within the prefix allowance, when the text could be a JSON object after a prefix. */
function payloadStart(text: string): number {
  if (text.length > MAX_JSON_LENGTH) return -1;
  // Checked before any search: a text whose end is no `}` holds no object that runs to its end.
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) <= 32) end -= 1;
  if (text.charCodeAt(end) !== 125 /* } */) return -1;
  const start = text.indexOf('{');
  return start <= MAX_JSON_PREFIX_LENGTH ? start : -1;
}

/** The JSON object a text holds, whole or after a short prefix; `undefined` for anything else. */
export function parseJsonText(text: string): unknown {
  const start = payloadStart(text);
  if (start === -1) return undefined;
  try {
    return JSON.parse(start === 0 ? text : text.slice(start)) as unknown;
  } catch {
    return undefined;
  }
}
