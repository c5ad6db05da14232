// Runs in a fresh process: prints how long importing argv[2] took, in milliseconds.
// Resolving any bare specifier first sets up Node's package resolver, a one-off cost every app pays whatever it imports.
import.meta.resolve('tinybench');
const start = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - start));
