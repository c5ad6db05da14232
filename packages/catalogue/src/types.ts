/** What a client should do after receiving an error code. */
export type RetryPolicy = 'reconcile' | 'backoff' | 'rate-limit' | 'resync-clock' | 'none';

/** Every policy except `none`: the error may be retried once its policy has been followed. */
export type RetryablePolicy = Exclude<RetryPolicy, 'none'>;

/** One error code of an exchange's API. */
export interface ExchangeErrorDefinition<
  Code extends number = number,
  Name extends string = string,
  Retry extends RetryPolicy = RetryPolicy,
> {
  /** The code the server sends, e.g. `-1121`. */
  readonly code: Code;
  /** The constant name, e.g. `BAD_SYMBOL`. */
  readonly name: Name;
  /** Every message variant the server sends for this code, verbatim; `%s`, `%d` and `{0}` stand for a parameter. */
  readonly messages: readonly string[];
  /** The family the code belongs to, e.g. `general`, `request`, `order`. */
  readonly group: string;
  /** What to do before retrying, or `none` when a retry cannot succeed. */
  readonly retry: Retry;
}

/** Which message variant a text is, with the values captured by its placeholders. */
export interface MessageMatch {
  /** The variant as the catalogue lists it. */
  readonly variant: string;
  /** Its position in `definition.messages`. */
  readonly index: number;
  /** The values captured by its placeholders (`%s`, `%d`, `{0}`), in order; empty for a variant without placeholders. */
  readonly params: readonly string[];
}

/** What the HTTP response that carried an error said, as far as the client kept it. */
export interface HttpResponseInfo {
  /** The HTTP status, e.g. 429; 200 when the exchange sent an error body with success. */
  readonly status: number;
  /** `Retry-After` (delay-seconds or an HTTP date) as milliseconds from when it was read. */
  readonly retryAfterMs?: number;
}

/** An exchange error found in an arbitrary value by `parseExchangeError`. */
export interface ParsedExchangeError<Definition extends ExchangeErrorDefinition = ExchangeErrorDefinition> {
  /** The numeric code, also when the catalogue does not know it. */
  readonly code: number;
  /** Whether the catalogue defines this code. */
  readonly known: boolean;
  /** The catalogue name, when the code is known. */
  readonly name?: Definition['name'];
  /** The message text the payload carried (`msg` or `message`). */
  readonly message?: string;
  /** The catalogue definition, when the code is known. */
  readonly definition?: Definition;
  /** The HTTP status and `Retry-After`, when the error or a response around it has them. */
  readonly http?: HttpResponseInfo;
}

/** Lookups over one set of definitions; build one with `defineCatalogue`. */
export interface Catalogue<Definition extends ExchangeErrorDefinition = ExchangeErrorDefinition> {
  /** All definitions, in the order given. */
  readonly definitions: readonly Definition[];
  /** Code → definition. */
  readonly byCode: ReadonlyMap<number, Definition>;
  /** Name → definition. */
  readonly byName: ReadonlyMap<string, Definition>;
  /** The definitions whose retry policy is not `none`, in catalogue order. */
  readonly retryable: readonly Definition[];
  /** Name → code, for writing `codes.BAD_SYMBOL` instead of `-1121`. */
  readonly codes: { readonly [D in Definition as D['name']]: D['code'] };
  /** The definition for a code (`-1121`), a numeric string (`'-1121'`) or a name (`'BAD_SYMBOL'`). */
  get(codeOrName: unknown): Definition | undefined;
  /** The retry policy of a code, a name, a payload or an error; `undefined` when it is not a known error. */
  retryPolicyOf(input: unknown): RetryPolicy | undefined;
  /** Whether a code, name, payload or error has a retry policy other than `none`. */
  isRetryable(input: unknown): boolean;
  /**
   * Finds an exchange error in a payload, JSON text (also after a short prefix, as ccxt writes it), an `Error`, an
   * HTTP client's error or response (axios, got, ky 2, superagent, undici, fetch wrappers) or a `cause` chain.
   */
  parse(input: unknown): ParsedExchangeError<Definition> | undefined;
}

/** The definitions a catalogue holds. */
export type DefinitionOf<C extends Catalogue> = C extends Catalogue<infer D> ? D : never;
/** The union of code literals of a catalogue. */
export type CodeOf<C extends Catalogue> = DefinitionOf<C>['code'];
/** The union of names of a catalogue. */
export type NameOf<C extends Catalogue> = DefinitionOf<C>['name'];
/** The definitions of a catalogue whose policy is not `none`. */
export type RetryableDefinitionOf<C extends Catalogue> = Extract<DefinitionOf<C>, { readonly retry: RetryablePolicy }>;
