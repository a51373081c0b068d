// A value as a CSS string literal (for `content:` through a custom property): quotes,
// backslashes and line breaks escaped, so a practice name cannot break out of it.
export function cssString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n|\r/g, '\\A ')}"`;
}
