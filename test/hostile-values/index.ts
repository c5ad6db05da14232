import fc from 'fast-check';

/** 10 MB: far over every length limit, so a parser that reads it all would show in the suite's time. */
export const TEN_MEGABYTES = 10 * 1024 * 1024;
const tenMegabyteText = 'x'.repeat(TEN_MEGABYTES);

const trap = (): never => {
  throw new Error('trap');
};

/**
 * A value built when the property runs: fast-check itself probes generated values (`cloneMethod in value`), which a
 * proxy with throwing traps would break, so the value is made inside the property.
 */
export interface Hostile {
  readonly label: string;
  readonly make: () => unknown;
}
const hostile = (label: string, make: () => unknown): Hostile => ({ label, make, toString: () => label }) as Hostile;

/** A proxy whose every trap throws, over any object. */
const throwingProxy = fc.anything().map((value) =>
  hostile(
    'proxy whose traps throw',
    () =>
      new Proxy(typeof value === 'object' && value !== null ? value : {}, {
        get: trap,
        has: trap,
        ownKeys: trap,
        getOwnPropertyDescriptor: trap,
        getPrototypeOf: trap,
      }),
  ),
);

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object, possibly an Error, with a getter that throws on one of the keys parsers read. */
const throwingGetter = fc
  .tuple(
    fc.constantFrom('code', 'msg', 'message', 'response', 'data', 'body', 'text', 'cause', 'name', 'status', 'headers'),
    fc.boolean(),
    fc.anything(),
  )
  .map(([key, asError, value]) =>
    hostile(`getter of ${key} that throws`, () =>
      Object.defineProperty(asError ? new Error('boom') : { code: value }, key, {
        enumerable: true,
        configurable: true,
        get: trap,
      }),
    ),
  );

/** A payload that refers to itself through `cause`, `response.data` or a plain key. */
const circular = fc.tuple(fc.anything(), fc.constantFrom('cause', 'self', 'data')).map(([code, key]) => {
  const payload: Record<string, unknown> = { code, msg: 'loop' };
  payload[key] = payload;
  payload.response = { data: payload };
  return payload;
});

/** JSON text (and its parse) with `__proto__` and `constructor.prototype` keys: prototype pollution attempts. */
const pollutingJson = fc
  .tuple(fc.oneof(fc.integer({ min: -2100, max: -1000 }), fc.string()), fc.string(), fc.boolean())
  .map(([code, msg, parsed]) => {
    const text = `{"__proto__":{"polluted":"yes","code":-1121},"constructor":{"prototype":{"polluted":"yes"}},"code":${JSON.stringify(code)},"msg":${JSON.stringify(msg)}}`;
    return parsed ? (JSON.parse(text) as unknown) : text;
  });

/** `Error → cause → … → payload`, up to thousands deep: deeper than any parser should follow. */
const deepCauseChain = fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.anything()).map(([depth, innermost]) => {
  let value: unknown = { code: -1121, msg: 'Invalid symbol.', inner: innermost };
  for (let level = 0; level < depth; level += 1) value = new Error(`level ${level}`, { cause: value });
  return value;
});

/** 10 MB of text: plain, inside a JSON payload, as an Error message and as a `msg`. */
const hugeText = fc.constantFrom<unknown>(
  tenMegabyteText,
  `{"code":-1121,"msg":"${tenMegabyteText}"}`,
  Object.assign(new Error(tenMegabyteText), { code: -1121 }),
  { code: -1121, msg: tenMegabyteText },
  new Error(`binance ${tenMegabyteText} {"code":-1121}`),
  {
    status: 400,
    headers: { 'retry-after': tenMegabyteText },
    body: `HTTP 400: {"code":-1121,"x":"${tenMegabyteText}"}`,
  },
);

const made = (label: string) => (value: unknown) => hostile(label, () => value);

/** Every kind of value a parser or matcher may be handed by untrusted input; call `make()` inside the property. */
export const hostileValue: fc.Arbitrary<Hostile> = fc.oneof(
  fc
    .anything({
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    })
    .map(made('fc.anything()')),
  throwingProxy,
  fc.constant(hostile('revoked proxy', revokedProxy)),
  throwingGetter,
  circular.map(made('circular payload')),
  pollutingJson.map(made('JSON with __proto__ and constructor keys')),
  deepCauseChain.map(made('deep cause chain')),
  hugeText.map(made('10 MB text')),
);

/** Keys `Object.prototype` has now; compared after a run to prove nothing was added. */
export function objectPrototypeSnapshot(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort();
}
