// The clinician picks what the patient takes home, opens the handout, and prints it or
// saves it as PDF: the PDF holds the chosen sections in the patient's language, no others.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PanelPage } from './support/panel-page';
import { ROOT } from './support/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'handout-')), 'handout.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

it('prints the chosen advice in English on A4, and nothing else', async () => {
  const panel = await PanelPage.open(suite.browser);
  await panel.showView('Notitie');
  await panel.page.getByRole('checkbox', { name: 'Wat te doen?' }).check();
  await panel.page.getByRole('checkbox', { name: 'Niet op de pijnlijke zijde slapen.' }).check();
  await panel.page.getByRole('checkbox', { name: 'Anatomie' }).check();
  await panel.page.getByText('Opties:').click();
  await panel.page.getByRole('radio', { name: 'Engels' }).check();

  const opened = suite.browser.context.waitForEvent('page');
  await panel.page.getByRole('button', { name: 'Patiëntfolder' }).click();
  const handout = await opened;
  await handout.getByRole('heading', { name: 'Gluteal tendinopathy' }).waitFor();
  expect(new URL(handout.url()).pathname).toBe('/handout.html');

  expect(await handout.getByRole('button', { name: 'Afdrukken / opslaan als PDF' }).isVisible()).toBe(true);
  mkdirSync(join(ROOT, 'test-results/screenshots'), { recursive: true });
  const pdf = await handout.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(ROOT, 'test-results/screenshots/handout.pdf'), pdf);
  const text = pdfText(pdf);
  expect(text).toContain('What to do?');
  expect(text).toContain('Do not sleep on the painful side.');
  expect(text).toContain('Anatomy');
  // Only the tip that was chosen, and no section that was not.
  expect(text).not.toContain('Do not sit with your legs crossed.');
  expect(text).not.toContain('Causal factors');
  expect(text).not.toContain('Wat te doen?');
  // The on-screen print button does not print.
  expect(text).not.toContain('Afdrukken / opslaan als PDF');
  expect(text).toMatch(/\d{1,2} \w+ \d{4}/);
  await handout.close();
  await panel.page.close();
});
