import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The fixture pages, one per way exchanges write their error pages. */
export const pagePath = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));
export const readPage = (name: string) => readFileSync(pagePath(name), 'utf8');
