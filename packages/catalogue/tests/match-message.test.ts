import { describe, expect, it } from 'vitest';
import {
  defineCatalogue,
  errorDefinitions,
  getErrorDefinition,
  matchMessage,
  MAX_MESSAGE_LENGTH,
  splitMessageTemplate,
} from '../src/index.js';

function definition(name: string) {
  const found = getErrorDefinition(name);
  if (found === undefined) throw new Error(`no definition ${name}`);
  return found;
}

describe('matchMessage', () => {
  it('recognises every variant of every code as itself', () => {
    for (const entry of errorDefinitions) {
      entry.messages.forEach((variant, index) => {
        expect(matchMessage(entry, variant), `${entry.name}[${index}]`).toMatchObject({ variant, index });
      });
    }
  });

  it.each([
    [
      'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
      "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
      1,
      ['symbol'],
    ],
    [
      'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
      "Param 'price' or 'volume' must be sent, but both were empty/null!",
      2,
      ['price', 'volume'],
    ],
    ['UNREAD_PARAMETERS', "Not all sent parameters were read; read '3' parameter(s) but was sent '4'.", 1, ['3', '4']],
    ['PARAM_EMPTY', "Parameter 'side' was empty.", 1, ['side']],
    ['PARAM_NOT_REQUIRED', "Parameter 'stopPrice' sent when not required.", 1, ['stopPrice']],
    ['PARAM_EMPTY', "Parameter '' was empty.", 1, ['']],
  ])('captures the params of a %s template', (name, text, index, params) => {
    expect(matchMessage(definition(name), text)).toEqual({ variant: definition(name).messages[index], index, params });
  });

  it('captures values that contain the separators, leftmost first', () => {
    expect(
      matchMessage(
        definition('MANDATORY_PARAM_EMPTY_OR_MALFORMED'),
        "Param 'a' or 'b' or 'c' must be sent, but both were empty/null!",
      )?.params,
    ).toEqual(['a', "b' or 'c"]);
  });

  it('reads %d and {0} placeholders like %s, and leaves other braces literal', () => {
    const definition = defineCatalogue([
      {
        code: 3015,
        name: 'ORDER_LIMIT',
        group: 'order',
        retry: 'rate-limit',
        messages: ['At most %d open orders per {0}.', 'Field {name} is {1}.'],
      },
    ]).definitions[0]!;
    expect(matchMessage(definition, 'At most 200 open orders per BTCUSDT.')).toEqual({
      variant: 'At most %d open orders per {0}.',
      index: 0,
      params: ['200', 'BTCUSDT'],
    });
    expect(matchMessage(definition, 'Field {name} is empty.')?.params).toEqual(['empty']);
    expect(matchMessage(definition, 'Field side is empty.')).toBeUndefined();
  });

  it('prefers the plain variant when the text is exactly it', () => {
    expect(matchMessage(definition('PARAM_EMPTY'), 'A parameter was empty.')).toEqual({
      variant: 'A parameter was empty.',
      index: 0,
      params: [],
    });
  });

  it.each([
    ["another code's message", 'BAD_SYMBOL', 'Order does not exist.'],
    ['a near miss', 'BAD_SYMBOL', 'Invalid symbol'],
    ['a template without its tail', 'PARAM_EMPTY', "Parameter 'side'"],
    ['overlapping prefix and suffix', 'PARAM_EMPTY', "Parameter ' was empty."],
    ['a non-string', 'BAD_SYMBOL', 42],
  ])('rejects %s', (_, name, text) => {
    expect(matchMessage(definition(name), text)).toBeUndefined();
  });

  it('refuses texts over the length bound, and stays fast near it', () => {
    const template = definition('MANDATORY_PARAM_EMPTY_OR_MALFORMED');
    expect(
      matchMessage(
        template,
        `Param '${'x'.repeat(MAX_MESSAGE_LENGTH)}' or 'y' must be sent, but both were empty/null!`,
      ),
    ).toBeUndefined();
    const hostile = `Param '${"' or '".repeat(400)}`.slice(0, MAX_MESSAGE_LENGTH);
    expect(matchMessage(template, hostile)).toBeUndefined();
    expect(matchMessage(template, 'x'.repeat(10 * 1024 * 1024))).toBeUndefined();
  });
});

describe('splitMessageTemplate', () => {
  it.each([
    ['Invalid symbol.', ['Invalid symbol.']],
    ["Parameter '%s' was empty.", ["Parameter '", "' was empty."]],
    ['%s', ['', '']],
    ['%s and %s', ['', ' and ', '']],
    ['At most %d open orders per {0}.', ['At most ', ' open orders per ', '.']],
    ['Field {name} is {1}.', ['Field {name} is ', '.']],
  ])('splits %j into %j', (message, segments) => {
    expect(splitMessageTemplate(message)).toEqual(segments);
  });

  it('splits each template once and hands out a frozen result', () => {
    const message = "Parameter '%s' was empty.";
    expect(splitMessageTemplate(message)).toBe(splitMessageTemplate(message));
    expect(Object.isFrozen(splitMessageTemplate(message))).toBe(true);
  });
});
