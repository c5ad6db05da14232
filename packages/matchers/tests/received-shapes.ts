import { ExchangeError } from '@exchange-errors/catalogue';

const payload = { code: -1121, msg: 'Invalid symbol.' };

/** Every shape in which an exchange error reaches a test, each holding BAD_SYMBOL (-1121) "Invalid symbol.". */
export const badSymbolShapes: readonly (readonly [shape: string, value: unknown])[] = [
  ['a { code, msg } payload', payload],
  ['a payload with a numeric string code', { code: '-1121', msg: 'Invalid symbol.' }],
  ['JSON text', JSON.stringify(payload)],
  ['an Error with .code', Object.assign(new Error('Invalid symbol.'), { code: -1121 })],
  ['an ExchangeError', new ExchangeError('BAD_SYMBOL')],
  [
    'an axios-style error',
    Object.assign(new Error('Request failed with status code 400'), { response: { status: 400, data: payload } }),
  ],
  ['an Error whose cause is the payload', new Error('order rejected', { cause: payload })],
  ['an Error whose message is the JSON body', new Error(JSON.stringify(payload))],
];
