// Finds a control in a page by its role and the name a user reads on it (its label,
// aria-label or text), as a screen reader would name it, and marks it so a real click
// can reach it. Runs in the page: it must not use anything from outside itself.

/** `field`: a text box, number box, text area or list, named by its label. */
export type Role = 'button' | 'checkbox' | 'radio' | 'tab' | 'field' | 'heading';

/** A name to match: exact text, or a pattern (sent to the page as source and flags). */
export type Name = string | RegExp;
export type NameInPage = { exact: string } | { source: string; flags: string };

export const toPage = (name: Name): NameInPage =>
  typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags };

export const MARK = 'data-e2e-target';

/** What was found: how many match, whether the first is checked, whether it has a label. */
export interface Found {
  readonly count: number;
  readonly checked: boolean;
  readonly labelled: boolean;
}

/**
 * Marks the first visible control that matches with MARK="token", and its label with
 * MARK="token-label" (where a pointer user clicks a visually small box); null when none.
 * With `probe`, only says whether one is there (a plain boolean suits every wait).
 */
export function markControl(query: {
  role: Role;
  name: NameInPage;
  token: string;
  probe?: boolean;
}): Found | boolean | null {
  const { role, name, token } = query;
  const selectors: Record<Role, string> = {
    button: 'button, [role="button"], summary',
    checkbox: 'input[type="checkbox"]',
    radio: 'input[type="radio"]',
    tab: '[role="tab"]',
    field: 'input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), textarea, select',
    heading: 'h1, h2, h3, h4',
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const accessibleName = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return clean(label);
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return clean(
        by
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean([...labels].map((l) => l.textContent).join(' '));
    return clean(el.textContent);
  };
  const matches = (text: string) =>
    'exact' in name ? text === name.exact : new RegExp(name.source, name.flags).test(text);
  const shown = (el: Element) => el.closest('[hidden]') === null && el.getClientRects().length > 0;
  for (const old of document.querySelectorAll(`[data-e2e-target]`)) old.removeAttribute('data-e2e-target');
  const found = [...document.querySelectorAll(selectors[role])].filter(
    (el) => shown(el) && matches(accessibleName(el)),
  );
  const first = found[0] as HTMLInputElement | undefined;
  if (query.probe) return first !== undefined;
  if (!first) return null;
  first.setAttribute('data-e2e-target', token);
  const label = first.labels?.[0];
  label?.setAttribute('data-e2e-target', `${token}-label`);
  return { count: found.length, checked: first.checked === true, labelled: label !== undefined };
}
