// The global `expect` of @types/jest (the default Jest setup), the one a test file without imports uses.
const globalExpect = expect;
export { globalExpect as expect };
