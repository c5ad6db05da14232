/** Reads an own data property without running getters or letting a proxy trap escape. */
export function readOwn(target: object, key: string): unknown {
  try {
    // `hasOwn` first: most keys a parser asks for are absent, and it allocates no descriptor for them.
    if (!Object.hasOwn(target, key)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}

/** `value instanceof type`, false for a proxy whose `getPrototypeOf` trap throws, or a revoked one. */
export function isInstance(value: unknown, type: unknown): boolean {
  try {
    return typeof type === 'function' && value instanceof type;
  } catch {
    return false;
  }
}
