// Interface words come from public/_locales. By default the browser picks the language
// (browser.i18n); a practice may choose nl or en instead, and then the same
// messages.json is read from the extension itself. Keys are typed from the English file.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** The chosen language's messages; null while following the browser. Components re-render on change. */
const override = signal<{ language: string; messages: Messages } | null>(null);

function format(entry: Messages[string], substitutions: string[]): string {
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  const chosen = override.value?.messages[key];
  if (chosen) return format(chosen, substitutions);
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language of the interface strings in use, for <html lang>. */
export function uiLanguage(): string {
  return t('htmlLang');
}

/** Uses these messages from now on (the build's prerender has no browser to ask). */
export function setUiMessages(language: string, messages: Messages): void {
  override.value = { language, messages };
}

export async function applyUiLanguage(choice: 'browser' | 'nl' | 'en'): Promise<void> {
  if (choice === 'browser') {
    override.value = null;
    return;
  }
  if (override.peek()?.language === choice) return;
  const response = await fetch(browser.runtime.getURL(`/_locales/${choice}/messages.json`));
  override.value = { language: choice, messages: (await response.json()) as Messages };
}
