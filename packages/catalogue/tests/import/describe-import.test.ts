import { describe, expect, it } from 'vitest';
import { describeImport, parseErrorPage } from '../../src/import/index.js';
import { readPage } from './pages.js';

describe('describeImport', () => {
  it('lists every policy with its words, the derived names, codes outside their range and the unread lines', () => {
    const page = parseErrorPage(
      `## 11xx - Requests\n\n### -1100 Too many requests\n\n* Slow down.\n\n### -2013\n\n* Gone.\n\nStray text.\n`,
      { policies: { '-2013': 'backoff' } },
    );
    expect(describeImport(page).split('\n')).toEqual([
      '2 codes; retry policies:',
      '  -1100 TOO_MANY_REQUESTS  rate-limit ("TOO MANY REQUESTS" in the name)',
      '  -2013 ERROR_2013         backoff (set by --policies)',
      'Names derived from headings that are not identifiers:',
      '  line 3: -1100 "Too many requests" → TOO_MANY_REQUESTS',
      '  line 7: -2013 (no name) → ERROR_2013',
      'Codes outside their group heading’s range (move them with --groups):',
      '  line 7: -2013 ERROR_2013 is under the 11xx heading (line 1), outside its range; it stays in group requests',
      'Not read:',
      '  line 11: text under -2013 that is not a "*" or "-" bullet or a table row: "Stray text."',
    ]);
  });

  it('is only the policies for a page read whole', () => {
    expect(describeImport(parseErrorPage(readPage('code-tables.md'))).split('\n')).toEqual([
      '3 codes; retry policies:',
      '  -4001 ACCOUNT_FROZEN     none (no retry words)',
      '  -4002 RATE_LIMITED       rate-limit ("RATE" in the name)',
      '  -4003 EXECUTION_UNKNOWN  reconcile ("execution status unknown" in the message)',
    ]);
  });
});
