// What a user does on any page of ours, named as they see it: press a button, tick a box,
// choose an option, fill in a field — found by role and visible name, clicked for real,
// in Chromium or Firefox alike. The page objects (panel, handout) build on this.

import type { Tab } from './driver';
import { type Found, MARK, markControl, type Name, type Role, toPage } from './find-control';

let tokens = 0;

export class PageObject {
  constructor(readonly tab: Tab) {}

  /** The one visible control with this role and name (waits for it): its selector and state. */
  protected async control(role: Role, name: Name): Promise<Found & { selector: string }> {
    const token = `t${++tokens}`;
    const query = { role, name: toPage(name), token };
    let found = (await this.tab.evaluate(markControl, query)) as Found | null;
    if (!found) {
      try {
        await this.tab.waitFor(markControl, { ...query, probe: true });
      } catch (error) {
        throw new Error(`no ${role} named ${String(name)} on screen`, { cause: error });
      }
      found = (await this.tab.evaluate(markControl, query)) as Found | null;
    }
    if (found?.count !== 1) throw new Error(`${found?.count} controls of role ${role} named ${String(name)}`);
    return { ...found, selector: `[${MARK}="${token}"]` };
  }

  async press(button: Name): Promise<void> {
    await this.tab.click((await this.control('button', button)).selector);
  }

  async tick(checkbox: Name): Promise<void> {
    await this.clickBox('checkbox', checkbox, true);
  }

  async untick(checkbox: Name): Promise<void> {
    await this.clickBox('checkbox', checkbox, false);
  }

  async choose(radio: Name): Promise<void> {
    await this.clickBox('radio', radio, true);
  }

  isTicked(checkbox: Name): Promise<boolean> {
    return this.isChecked('checkbox', checkbox);
  }

  isChosen(radio: Name): Promise<boolean> {
    return this.isChecked('radio', radio);
  }

  /** Types into the labelled field and leaves it (Tab), as a user does before moving on. */
  async fillIn(label: Name, value: string): Promise<void> {
    const field = (await this.control('field', label)).selector;
    await this.tab.fill(field, value);
    await this.tab.focus(field);
    await this.tab.press('Tab');
  }

  async select(label: Name, value: string): Promise<void> {
    const field = (await this.control('field', label)).selector;
    await this.tab.evaluate(
      ({ field, value }) => {
        const select = document.querySelector(field) as HTMLSelectElement;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        select.dispatchEvent(new Event('input', { bubbles: true }));
      },
      { field, value },
    );
  }

  /** The value of a labelled field (text box or list). */
  async valueOf(label: Name): Promise<string> {
    const field = (await this.control('field', label)).selector;
    return this.tab.evaluate((f) => (document.querySelector(f) as HTMLInputElement).value, field);
  }

  /** The options of a labelled list: value and the text shown, in order. */
  async choices(label: Name): Promise<{ value: string; text: string }[]> {
    const field = (await this.control('field', label)).selector;
    return this.tab.evaluate(
      (f) =>
        [...(document.querySelector(f) as HTMLSelectElement).options].map((option) => ({
          value: option.value,
          text: option.text.trim(),
        })),
      field,
    );
  }

  /** What the page says about a labelled field (its hint, its error): the aria-describedby texts. */
  async description(label: Name): Promise<string[]> {
    const field = (await this.control('field', label)).selector;
    return this.tab.evaluate(
      (f) =>
        (document.querySelector(f)?.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? ''),
      field,
    );
  }

  /** True when the labelled field cannot be changed (locked by the practice's IT). */
  async isLocked(label: Name): Promise<boolean> {
    const field = (await this.control('field', label)).selector;
    return this.tab.evaluate((f) => (document.querySelector(f) as HTMLInputElement).disabled, field);
  }

  /** Moves keyboard focus to a control, for keyboard-only steps. */
  async focus(role: Role, name: Name): Promise<void> {
    await this.tab.focus((await this.control(role, name)).selector);
  }

  pressKey(keys: string): Promise<void> {
    return this.tab.press(keys);
  }

  /** What has keyboard focus: its id and text. */
  focused(): Promise<{ id: string; text: string }> {
    return this.tab.evaluate(
      () => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent ?? '' }),
      null,
    );
  }

  /** Whether the text is on screen (not hidden, not folded away). */
  shows(text: Name): Promise<boolean> {
    return this.tab.evaluate((name) => {
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is on screen
      const visible = document.body.innerText;
      return 'exact' in name
        ? visible.includes(name.exact)
        : new RegExp(name.source, name.flags).test(visible);
    }, toPage(text));
  }

  /** Text of the element with this data-testid ('' when absent). */
  testIdText(id: string): Promise<string> {
    return this.tab.evaluate(
      (testId) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '',
      id,
    );
  }

  /** Light or dark, as the operating system would ask for it. */
  async colorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.tab.setColorScheme(scheme);
    await this.tab.waitFor(
      (s) => matchMedia('(prefers-color-scheme: dark)').matches === (s === 'dark'),
      scheme,
    );
  }

  /** Whether the page is asked for dark colours. */
  prefersDark(): Promise<boolean> {
    return this.tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null);
  }

  close(): Promise<void> {
    return this.tab.close();
  }

  /** Clicks the box's label (or the box) unless it already shows `checked`, then waits until it does. */
  private async clickBox(role: 'checkbox' | 'radio', name: Name, checked: boolean): Promise<void> {
    const box = await this.control(role, name);
    if (box.checked === checked) return;
    await this.tab.click(box.labelled ? `${box.selector.slice(0, -2)}-label"]` : box.selector);
    await this.tab.waitFor(
      ({ b, c }) => (document.querySelector(b) as HTMLInputElement | null)?.checked === c,
      { b: box.selector, c: checked },
    );
  }

  private async isChecked(role: 'checkbox' | 'radio', name: Name): Promise<boolean> {
    return (await this.control(role, name)).checked;
  }
}
