import { catalogue as defaultCatalogue, type ExchangeErrorCode } from './default-catalogue.js';
import { isInstance } from './parse/own-property.js';
import type { Catalogue, ExchangeErrorDefinition } from './types.js';

export interface ExchangeErrorOptions {
  /** The text to show; defaults to the first message variant of the code. */
  readonly message?: string;
  /** The payload the server sent, kept as it was. */
  readonly payload?: unknown;
  /** The error that led to this one. */
  readonly cause?: unknown;
  /** The catalogue that defines the code; defaults to the exchange's own. */
  readonly catalogue?: Catalogue;
}

/** An error returned by the exchange's API, identified by its code. */
export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
  /** The code the server sent; compare it with `ExchangeErrorCode`, never the message. */
  readonly code: ExchangeErrorCode | (number & {});
  /** The catalogue name, when the code is known. */
  readonly errorName: string | undefined;
  /** The catalogue definition, when the code is known. */
  readonly definition: ExchangeErrorDefinition | undefined;
  /** The original payload, when there was one. */
  readonly payload: unknown;

  constructor(codeOrName: number | string, options: ExchangeErrorOptions = {}) {
    const catalogue = options.catalogue ?? defaultCatalogue;
    const definition: ExchangeErrorDefinition | undefined = catalogue.get(codeOrName);
    const code = definition?.code ?? (typeof codeOrName === 'number' ? codeOrName : Number(codeOrName));
    if (!Number.isSafeInteger(code) || code === 0) {
      throw new TypeError(
        `ExchangeError: ${JSON.stringify(codeOrName)} is neither a known error name nor a non-zero integer code.`,
      );
    }
    super(options.message ?? definition?.messages[0] ?? `Exchange error ${code}`, { cause: options.cause });
    this.code = code;
    this.errorName = definition?.name;
    this.definition = definition;
    this.payload = options.payload;
  }

  /**
   * Wraps whatever `catalogue.parse` finds an exchange error in — a payload, JSON text (also after a short prefix, as
   * ccxt writes it), the error or response of axios, got, ky 2, superagent, undici or a fetch wrapper, a `cause`
   * chain — in an `ExchangeError`; `undefined` when the input holds none. Synchronous: for a body still in an unread
   * fetch `Response` (ky 1), pass what `await readExchangeError(error)` found.
   */
  static from(input: unknown, catalogue: Catalogue = defaultCatalogue): ExchangeError | undefined {
    if (isInstance(input, ExchangeError)) return input as ExchangeError;
    const parsed = catalogue.parse(input);
    if (parsed === undefined) return undefined;
    return new ExchangeError(parsed.code, {
      catalogue,
      payload: input,
      ...(parsed.message === undefined ? {} : { message: parsed.message }),
      ...(isInstance(input, Error) ? { cause: input } : {}),
    });
  }
}
