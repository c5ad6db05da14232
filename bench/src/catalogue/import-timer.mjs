// Runs in a fresh process: prints how long importing argv[2] took, in milliseconds.
const start = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - start));
