/**
 * Parts of esquery selectors, written from the sets and tests the rules use, so that ESLint calls a listener only
 * on the node shapes it reads: a listener call costs even when it returns at once.
 */

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|]/g;

/** `[path=/^(?:a|b)$/]`: the string at `path` is one of `values`. */
export function attributeOneOf(path: string, values: Iterable<string>): string {
  const alternatives = [...values].map((value) => value.replace(REGEX_SYNTAX, (character) => `\\${character}`));
  return `[${path}=/^(?:${alternatives.join('|')})$/]`;
}

/**
 * The node at `path` has a static string value, as `staticStringValue` reads it: a string literal or a template
 * literal without expressions.
 */
export function staticStringAt(path: string): string {
  return (
    `:matches([${path}.type="Literal"][${path}.value=type(string)], ` +
    `[${path}.type="TemplateLiteral"][${path}.expressions.length=0])`
  );
}

/**
 * `object.method(first, …)`, `object?.method(first, …)` with `method` one of `methods`, with a first argument. The
 * name comes first, as most calls fail there; ESLint tests each selector on every node of its type, so a rule
 * listening to several sets of methods is cheaper with one selector for all of them.
 */
export function methodCallWithArgument(methods: Iterable<string>): string {
  return (
    `CallExpression${attributeOneOf('callee.property.name', methods)}[callee.type="MemberExpression"]` +
    '[callee.computed=false][callee.property.type="Identifier"][arguments.0]'
  );
}
