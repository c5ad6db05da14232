/** A code written as a string: `'-1121'`, leading zeros allowed (`'-01121'`), no spaces, plus sign or exponent. */
const NUMERIC_CODE = /^-?\d{1,15}$/;

/**
 * The code a number or a numeric string stands for: a non-zero safe integer, as 0 conventionally means success.
 * The one reading of codes shared by lookups, the payload parser, the lint rules and the matchers.
 */
export function readCode(value: unknown): number | undefined {
  const code = typeof value === 'string' && NUMERIC_CODE.test(value) ? Number(value) : value;
  return typeof code === 'number' && Number.isSafeInteger(code) && code !== 0 ? code : undefined;
}
