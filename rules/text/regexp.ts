// Literal text inside a regular expression.

/**
 * `text` with every syntax character (and `/`) escaped, so that it matches itself; valid with and
 * without the `u` flag, which allows only these escapes.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
