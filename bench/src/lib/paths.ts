import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const benchDir = fileURLToPath(new URL('../../', import.meta.url));
export const repoRoot = path.resolve(benchDir, '..');
/** Downloads and generated corpora; git-ignored by the root `.cache/` rule and ESLint's `**\/.cache/**` ignore. */
export const cacheDir = path.join(benchDir, '.cache');
