/**
 * Template tag for multi-line test code, so a case reads as the file it stands for:
 *
 *     code: dedent`
 *       switch (err.code) {
 *         case -1211: skip();
 *       }
 *     `,
 *
 * drops the line break after the opening backtick, the last line (the closing backtick's indentation) and
 * the indentation every other line shares. Escapes mean what they mean in a string literal. Its type takes no
 * `${…}`: a case is written out in full.
 */
export function dedent(strings: TemplateStringsArray): string {
  const [text] = strings;
  if (text === undefined) throw new Error('dedent: the template has an invalid escape sequence');
  const lines = text.split('\n');
  if (lines.length < 3 || lines[0] !== '' || lines.at(-1)?.trim() !== '') {
    throw new Error('dedent: start the code on the line after the opening backtick and end it before the closing one');
  }
  const body = lines.slice(1, -1);
  const indentation = Math.min(
    ...body.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length),
  );
  return body.map((line) => line.slice(indentation)).join('\n');
}
