/**
 * `ORDER_NOT_FOUND` for "Order not found", `COMMANDE_REFUSEE` for "Commande refusée"; `ERROR_3002` when the title
 * has no Latin letters (another script) or there is no title.
 */
export function constantNameFrom(title: string, code: number): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .match(/[A-Za-z0-9]+/g);
  const name = (words ?? []).join('_').toUpperCase();
  if (!/[A-Z]/.test(name)) return `ERROR_${Math.abs(code)}`;
  return /^\d/.test(name) ? `ERROR_${name}` : name;
}

/** `name`, or the first of `name_<code>`, `name_<code>_2`, … that `taken` does not hold. */
export function uniqueName(name: string, code: number, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const withCode = `${name}_${Math.abs(code)}`;
  let candidate = withCode;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${withCode}_${suffix}`;
  return candidate;
}
