// The printable patient handout, in the tab the panel opened it in.
import { PageObject } from './page-object';

export class HandoutPage extends PageObject {
  async waitUntilShown(): Promise<void> {
    await this.tab.waitFor(() => document.querySelector('h1') !== null, null);
  }

  title(): Promise<string> {
    return this.tab.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '', null);
  }

  /** The handout's path in the extension ('/handout.html'). */
  path(): Promise<string> {
    return this.tab.evaluate(() => location.pathname, null);
  }

  /** Printed to A4, as "Afdrukken / opslaan als PDF" does. */
  pdf(): Promise<Buffer> {
    return this.tab.pdf();
  }
}
