// A checklist name placed inside a sentence: "Hoge BMI" → "hoge BMI", "Toename van
// herhalingen" → "toename van herhalingen"; a word that starts with two capitals ("BMI")
// is an abbreviation and stays as it is.
export function inSentence(text: string, locale?: string): string {
  const [first = '', second = ''] = text;
  const abbreviation = second !== '' && second === second.toUpperCase() && second !== second.toLowerCase();
  return abbreviation ? text : first.toLocaleLowerCase(locale) + text.slice(1);
}
