import { catalogue as defaultCatalogue } from './default-catalogue.js';
import { MAX_PARSE_DEPTH } from './parse-exchange-error.js';
import { readHttpResponse } from './parse/http-response.js';
import { findUnreadResponse, readBodyText } from './parse/response-body.js';
import type { Catalogue, DefinitionOf, ParsedExchangeError } from './types.js';

/**
 * `catalogue.parse(input)`, and for an error that holds its body only in an unread fetch `Response` (ky 1, fetch
 * wrappers), the exchange error in a clone of that body, with the response's status and `Retry-After`. Never
 * rejects; reads at most `MAX_JSON_LENGTH` bytes for at most `BODY_READ_TIMEOUT_MS`.
 */
export async function readExchangeError<C extends Catalogue = typeof defaultCatalogue>(
  input: unknown,
  catalogue?: C,
): Promise<ParsedExchangeError<DefinitionOf<C>> | undefined> {
  const parse = (catalogue ?? defaultCatalogue).parse as (
    value: unknown,
  ) => ParsedExchangeError<DefinitionOf<C>> | undefined;
  const parsed = parse(input);
  if (parsed !== undefined) return parsed;
  const response = findUnreadResponse(input, MAX_PARSE_DEPTH);
  if (response === undefined) return undefined;
  const text = await readBodyText(response);
  const fromBody = text === undefined ? undefined : parse(text);
  if (fromBody === undefined) return undefined;
  const http = readHttpResponse(response);
  return http === undefined ? fromBody : { ...fromBody, http };
}
