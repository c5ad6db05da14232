/** Code spans, inline links, and backslash escapes of punctuation; code spans win where they start first. */
const INLINE_MARKDOWN = /(`+)([\s\S]*?)\1|\[([^\]]*)\]\([^)]*\)|\\([!-/:-@[-`{-~])/g;
/** Anchors pages put in headings for links (`<a id="x"></a>`, `<a name="x"/>`): no part of any text. */
const HTML_ANCHOR = /<a\s[^>]*>\s*<\/a>|<a\s[^>]*\/>/gi;

/** The text a server sends for a message the page writes in markdown: code spans and links as their text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(HTML_ANCHOR, '')
    .replace(INLINE_MARKDOWN, (_, _ticks, code: string | undefined, linkText: string | undefined, escaped) =>
      code !== undefined ? code : linkText !== undefined ? plainText(linkText) : (escaped as string),
    )
    .trim();
}
