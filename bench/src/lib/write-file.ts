import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `file`, creating its folders first: on a fresh clone bench/.cache does not exist until something writes there. */
export function writeFileCreatingFolders(file: string, contents: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
}
