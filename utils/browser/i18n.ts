// Interface words come from public/_locales through the browser's i18n API.
// Keys are typed from the English file, so a misspelt key fails the typecheck.
import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language of the interface strings the browser picked from our locales. */
export function uiLanguage(): string {
  return t('htmlLang');
}
