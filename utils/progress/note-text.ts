// What EHRs do to text, undone before reading: HTML flattened to text (tags, entities),
// CRLF, non-breaking and zero-width spaces, typographic dashes.

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const BLOCK_END = /<(?:br|\/p|\/li|\/h\d|\/div|\/tr)\b[^>]*>/gi;

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X'))
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name.toLowerCase()] ?? whole;
}

export function plainNoteText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n');
  if (/<\/?(?:p|li|ul|ol|div|br|h\d|span|strong|b|em|body|html)\b[^>]*>/i.test(text)) {
    text = text.replace(BLOCK_END, '\n').replace(/<[^>]*>/g, '');
  }
  return text
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, decodeEntity)
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/ {2,}/g, ' ');
}
