import { MAX_JSON_LENGTH } from './json-text.js';
import { isInstance, readOwn } from './own-property.js';

/** How long reading a body may take: an error body arrives with its headers, so a slow one is not an error body. */
export const BODY_READ_TIMEOUT_MS = 2000;

/**
 * A fetch `Response` whose body the error still holds unread: the error itself, its `response` (ky 1's
 * `HTTPError`, fetch wrappers), or the same along its `cause` chain.
 */
export function findUnreadResponse(input: unknown, maxDepth: number): Response | undefined {
  let value = input;
  for (let depth = 0; depth <= maxDepth && typeof value === 'object' && value !== null; depth += 1) {
    for (const candidate of [value, readOwn(value, 'response')]) {
      if (isInstance(candidate, globalThis.Response)) return candidate as Response;
    }
    value = readOwn(value, 'cause');
  }
  return undefined;
}

/**
 * The body of a clone of `response` as text, leaving the original unread for its owner; `undefined` when it was
 * read already, is longer than `MAX_JSON_LENGTH` bytes, fails, or takes longer than `BODY_READ_TIMEOUT_MS`.
 */
export async function readBodyText(response: Response): Promise<string | undefined> {
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    if (response.bodyUsed) return undefined;
    const body = response.clone().body;
    if (body === null) return undefined;
    reader = body.getReader();
  } catch {
    return undefined;
  }
  let timedOut = false;
  // Not awaited: a clone's cancel settles only once the original is cancelled too, which is its owner's call.
  const stop = () => void reader.cancel().catch(() => undefined);
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, BODY_READ_TIMEOUT_MS);
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_JSON_LENGTH) {
        stop();
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
  return timedOut ? undefined : text + decoder.decode();
}
