// Whitespace as JavaScript's `\s` reads it, for one UTF-16 unit: the scans that look for the ends of
// a whitespace-free run (URLs, hashtags, grapheme windows) test every character they pass, and an
// expression per character (with a one-character string to test) cost more than the rest of the scan.

/** `/\s/` for one UTF-16 unit, without an expression per character (a unit test compares the two). */
export function isWhitespace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** The whitespace-free run (a match of `\S+`) around `index`, which is not whitespace. */
export function runAround(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
  let end = index + 1;
  while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
  return [start, end];
}
