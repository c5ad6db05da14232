// Vitest's `expect`; tsconfig.vitest3.* and tsconfig.vitest5.* map `vitest` to the stand-ins beside this file.
export { expect } from 'vitest';
