// Fills `{field}` placeholders in content text (e.g. the practice's pain threshold).
import type { TemplateValues } from '../../content/schema';

export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, field: string) => values[field as keyof TemplateValues] ?? whole);
}
