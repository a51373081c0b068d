// Runs axe-core (WCAG 2.x A/AA rules, including WCAG 2.2) in a page and returns its
// violations, each as "rule: target" lines. Injected through the DevTools protocol, so
// extension pages' CSP does not block it (Chromium).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageObject } from '../../../dev/page-object';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(on: PageObject): Promise<string[]> {
  const page = on.tab.playwright;
  if (!page) throw new Error('axe runs through Chromium’s DevTools protocol');
  // Half a megabyte of script: load it once per page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type AxeResults = {
      violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    };
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    );
  });
}
