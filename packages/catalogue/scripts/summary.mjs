// Prints what the built catalogue holds: one line a code, grouped, with its retry policy.
import { errorDefinitions, isRetryable } from '@exchange-errors/catalogue';

const groups = [...new Set(errorDefinitions.map((definition) => definition.group))];
for (const group of groups) {
  console.log(`\n${group}`);
  for (const { code, name, retry, messages } of errorDefinitions.filter((definition) => definition.group === group)) {
    console.log(`  ${String(code).padStart(6)}  ${name.padEnd(36)} ${retry.padEnd(13)} ${messages[0]}`);
  }
}
const retryable = errorDefinitions.filter((definition) => isRetryable(definition.code));
console.log(`\n${errorDefinitions.length} codes, ${retryable.length} retryable: ${retryable.map(({ name }) => name).join(', ')}`);
