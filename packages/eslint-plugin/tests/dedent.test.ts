import { describe, expect, it } from 'vitest';
import { dedent } from './dedent.js';

describe('dedent', () => {
  it('drops the first and last lines and the shared indentation, keeping the rest', () => {
    const code = dedent`
      switch (err.code) {
        case -1211:

          skip();
      }
    `;
    expect(code).toBe('switch (err.code) {\n  case -1211:\n\n    skip();\n}');
  });

  it('reads escapes as a string literal does', () => {
    expect(dedent`
      /\\w+/.test(\`a\`);
    `).toBe('/\\w+/.test(`a`);');
  });

  it('rejects an escape that a string literal would not take', () => {
    const invalidEscape = () => dedent`
      '\unicode';
    `;
    expect(invalidEscape).toThrow('dedent: the template has an invalid escape sequence');
  });

  it('rejects code on the line of a backtick', () => {
    const codeAfterOpening = () => dedent`x;
    `;
    const codeBeforeClosing = () => dedent`
      x;`;
    const message = 'dedent: start the code on the line after the opening backtick and end it before the closing one';
    expect(codeAfterOpening).toThrow(message);
    expect(codeBeforeClosing).toThrow(message);
  });
});
