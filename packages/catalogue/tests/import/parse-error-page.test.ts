import { describe, expect, it } from 'vitest';
import { ErrorPageError, parseErrorPage, type ErrorPage } from '../../src/import/index.js';
import { readPage } from './pages.js';

const dataOf = (page: ErrorPage) =>
  page.definitions.map(({ code, name, group, retry, messages }) => ({ code, name, group, retry, messages }));

function problemsOf(markdown: string, options?: Parameters<typeof parseErrorPage>[1]): readonly string[] {
  try {
    parseErrorPage(markdown, options);
  } catch (error) {
    if (error instanceof ErrorPageError) return error.problems;
    throw error;
  }
  throw new Error('expected the page to be refused');
}

describe('parseErrorPage', () => {
  it('reads ## to #### headings, * and - bullets, blank lines and trailing spaces, placeholders and inline markdown', () => {
    const page = parseErrorPage(readPage('headings-and-bullets.md'));
    expect(dataOf(page)).toEqual([
      { code: -3001, name: 'ORDER_BOOK_CLOSED', group: 'session', retry: 'none', messages: ['Order book closed.'] },
      {
        code: -3002,
        name: 'GATEWAY_BUSY',
        group: 'session',
        retry: 'backoff',
        messages: ['The gateway is busy; please try again later.', 'Gateway %s is overloaded.'],
      },
      {
        code: -3101,
        name: 'PRICE_OUT_OF_BAND',
        group: 'orders',
        retry: 'none',
        messages: ['Price %d is outside the band of {0}.', 'See price bands for symbol limits.'],
      },
      {
        code: -3102,
        name: 'ORDER_QUOTA_EXCEEDED',
        group: 'orders',
        retry: 'rate-limit',
        messages: ['Too many open orders; the limit is %d per {0}.'],
      },
      {
        code: -3103,
        name: 'CLOCK_SKEW',
        group: 'orders',
        retry: 'resync-clock',
        messages: ['The request timestamp is more than 5000ms from the server time.'],
      },
    ]);
    expect(page.definitions.map(({ line }) => line)).toEqual([11, 14, 22, 26, 29]);
    expect(page.unread).toEqual([]);
  });

  it('reads Code:-CODE NAME headings with a table holding the message column', () => {
    const page = parseErrorPage(readPage('code-tables.md'));
    expect(dataOf(page)).toEqual([
      {
        code: -4001,
        name: 'ACCOUNT_FROZEN',
        group: 'account',
        retry: 'none',
        messages: ['Account is frozen.', 'Account %s is frozen | {0}.'],
      },
      {
        code: -4002,
        name: 'RATE_LIMITED',
        group: 'account',
        retry: 'rate-limit',
        messages: ['Request weight exceeded; wait %d seconds.'],
      },
      {
        code: -4003,
        name: 'EXECUTION_UNKNOWN',
        group: 'account',
        retry: 'reconcile',
        messages: ['The order was sent but its execution status unknown.'],
      },
    ]);
    expect(page.unread).toEqual([]);
  });

  it('derives unique constant names for titles in words or another script and for bare codes, and says so', () => {
    const page = parseErrorPage(readPage('derived-names.md'));
    expect(page.definitions.map(({ code, name, derivedFrom }) => [code, name, derivedFrom])).toEqual([
      [-5001, 'ERROR_5001', '注文が見つかりません'],
      // The page names -5005 so; the title in words gives way.
      [-5002, 'ORDER_WOULD_CROSS_THE_BOOK_5002', 'Order would cross the book'],
      [-5003, 'ERROR_5003', ''],
      [-5004, 'COMMANDE_REFUSEE', 'Commande refusée'],
      [-5005, 'ORDER_WOULD_CROSS_THE_BOOK', undefined],
      [-5006, 'ORDER_WOULD_CROSS_THE_BOOK_5006', 'Order would cross the book'],
    ]);
    // A group heading without Latin words is named by its range.
    expect(new Set(page.definitions.map(({ group }) => group))).toEqual(new Set(['50xx']));
  });

  it('gives the codes of a "Messages for" heading the messages of its table, creating those listed nowhere else', () => {
    const page = parseErrorPage(readPage('shared-messages.md'));
    const shared = ['Unknown order sent.', 'Market is closed.'];
    expect(dataOf(page)).toEqual([
      {
        code: -6010,
        name: 'NEW_ORDER_REJECTED',
        group: 'order',
        retry: 'none',
        messages: ['Order rejected.', ...shared],
      },
      {
        code: -6011,
        name: 'CANCEL_REJECTED',
        group: 'order',
        retry: 'none',
        messages: ['Cancel rejected.', ...shared],
      },
      { code: -6012, name: 'AMEND_REJECTED', group: 'order', retry: 'none', messages: shared },
    ]);
    expect(page.definitions[2]?.line).toBe(13);
  });

  it('reports with its line everything it cannot read, and imports the rest', () => {
    const page = parseErrorPage(readPage('unreadable.md'));
    expect(page.definitions.map(({ code, messages }) => [code, messages])).toEqual([
      [-7001, ['System halted.']],
      [-7003, ['Table without messages.']],
    ]);
    expect(page.unread.map(({ line, text }) => [line, text])).toEqual([
      [7, 'text under -7001 SYSTEM_HALTED that is not a "*" or "-" bullet or a table row: "The system is halted."'],
      [11, '-7002 NO_MESSAGE has no message on the page, so it is not imported'],
      [15, 'the table under -7003 TABLE_WITHOUT_MESSAGES has no msg or message column, so none of its rows is read'],
      [
        21,
        'text under -7003 TABLE_WITHOUT_MESSAGES that is not a "*" or "-" bullet or a table row: "**-7004 MAINTENANCE** Maintenance window."',
      ],
      [
        23,
        'heading "Error -7005 is reserved" mentions a code but is not "-CODE NAME", "Code:-CODE NAME" or "Messages for …"',
      ],
    ]);
  });

  it('ignores code blocks, anchors and rules', () => {
    const page = parseErrorPage(
      '```\n### -1 NOT_A_HEADING\n```\n### <a name="x"></a>-9001 REAL\n\n*   Real <a id="y"></a>message.\n\n---\n',
    );
    expect(dataOf(page)).toEqual([
      { code: -9001, name: 'REAL', group: 'general', retry: 'none', messages: ['Real message.'] },
    ]);
  });

  it('notes codes under a group heading whose range does not hold them', () => {
    const page = parseErrorPage('## 11xx - Request issues\n\n### -1100 A\n\n* a\n\n### -2013 B\n\n* b\n');
    expect(page.groupMismatches).toEqual([
      {
        line: 7,
        text: '-2013 B is under the 11xx heading (line 1), outside its range; it stays in group request',
      },
    ]);
    expect(parseErrorPage('## 11xx - Request issues\n### -2013 B\n* b\n', { groups: { B: 'order' } })).toMatchObject({
      definitions: [{ group: 'order' }],
      groupMismatches: [],
    });
  });

  it('overrides inferred policies by code or name', () => {
    const page = parseErrorPage(readPage('headings-and-bullets.md'), {
      policies: { '-3002': 'none', CLOCK_SKEW: 'backoff' },
    });
    expect(page.definitions.map(({ name, retry, retryReason }) => [name, retry, retryReason.source])).toEqual([
      ['ORDER_BOOK_CLOSED', 'none', 'no cue'],
      ['GATEWAY_BUSY', 'none', 'override'],
      ['PRICE_OUT_OF_BAND', 'none', 'no cue'],
      ['ORDER_QUOTA_EXCEEDED', 'rate-limit', 'message'],
      ['CLOCK_SKEW', 'backoff', 'override'],
    ]);
  });

  it('refuses duplicate codes and conflicting names, each with its lines', () => {
    expect(problemsOf(readPage('duplicates.md'))).toEqual([
      'line 7: code -8001 is already defined at line 3',
      'line 11: name FIRST of code -8002 is already the name of code -8001 (line 3)',
    ]);
    expect(
      problemsOf('### -6010 NEW_ORDER_REJECTED\n* a\n## Messages for -6010 ORDER_REJECTED\n| msg |\n|---|\n| b |\n'),
    ).toEqual(['line 3: code -6010 is called ORDER_REJECTED here but NEW_ORDER_REJECTED at line 1']);
  });

  it('refuses a page without codes', () => {
    expect(problemsOf(readPage('no-codes.md'))).toEqual([
      'no error codes with messages found: expected headings such as "### -1121 BAD_SYMBOL" or "### Code:-1121 BAD_SYMBOL"',
    ]);
  });

  it('refuses overrides for codes the page lacks, and values that are no policy or group', () => {
    const markdown = readPage('headings-and-bullets.md');
    expect(
      problemsOf(markdown, { policies: { '-9999': 'none', GATEWAY_BUSY: 'retry' }, groups: { CLOCK_SKEW: '' } }),
    ).toEqual([
      'policies: "-9999" is no code or name of the page',
      'policies: "GATEWAY_BUSY" is "retry"; expected one of reconcile, resync-clock, rate-limit, backoff, none',
      'groups: "CLOCK_SKEW" is ""; expected a non-empty group name',
    ]);
  });
});
