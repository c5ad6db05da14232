import { stripVTControlCharacters } from 'node:util';

/** The message of the assertion error `assertion` throws (or its promise rejects with), colours stripped. */
export async function failureMessage(assertion: () => unknown): Promise<string> {
  try {
    await assertion();
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('expected the assertion to fail, but it passed');
}
