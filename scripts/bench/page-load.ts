// The panel opened in a running browser, beside a blank extension page in the same
// browser: loads alternate (blank, panel, panel, blank, …) so drift hits both alike.

import type { BenchBrowser } from './chromium';
import { type PageTimes, readPageTimes } from './in-page';
import { median } from './stats';

export interface SideBySide {
  readonly blank: PageTimes;
  readonly panel: PageTimes;
}

async function loadOnce(browser: BenchBrowser, path: string): Promise<PageTimes> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.url(path), { waitUntil: 'commit' });
    return await readPageTimes(page);
  } finally {
    await page.close();
  }
}

const medianTimes = (samples: readonly PageTimes[]): PageTimes => ({
  paint: median(samples.map((s) => s.paint)),
  interactive: median(samples.map((s) => s.interactive)),
  policy: median(samples.map((s) => s.policy)),
});

export async function measureWarmLoads(browser: BenchBrowser, runs: number): Promise<SideBySide> {
  await loadOnce(browser, 'blank.html'); // warm up both (disk cache, code cache)
  await loadOnce(browser, 'sidepanel.html');
  const blank: PageTimes[] = [];
  const panel: PageTimes[] = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['blank', 'panel'] as const) : (['panel', 'blank'] as const);
    for (const which of order) {
      if (which === 'blank') blank.push(await loadOnce(browser, 'blank.html'));
      else panel.push(await loadOnce(browser, 'sidepanel.html'));
    }
  }
  return { blank: medianTimes(blank), panel: medianTimes(panel) };
}
