const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** What a catalogue name can be: an identifier, so that `codes.BAD_SYMBOL` reads it. */
export function isErrorName(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value);
}
