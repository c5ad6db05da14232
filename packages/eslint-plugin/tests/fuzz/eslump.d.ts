// eslump ships no types; this is the one function the fuzzer calls.
declare module 'eslump' {
  export interface GenerateRandomJSOptions {
    sourceType?: 'module' | 'script';
    maxDepth?: number;
    comments?: boolean;
    whitespace?: boolean;
  }
  export function generateRandomJS(options?: GenerateRandomJSOptions): string;
}
