// The panel opened right after the browser starts: a fresh browser (and profile) per
// sample, the page opened as soon as the extension is there. Storage (policy above all)
// is slow then; what counts is text on screen and the first click handled.
import { type BenchBrowser, startChromium } from './chromium';
import { type PageTimes, POLICY_MARK, readPageTimes } from './in-page';
import { median } from './stats';

export interface ColdStart extends PageTimes {
  /** From asking for a browser to the extension page starting to load (context only). */
  readonly browserStart: number;
}

async function coldOnce(extensionDir: string, path: string): Promise<ColdStart> {
  const browser: BenchBrowser = await startChromium(extensionDir);
  try {
    const page = await browser.context.newPage();
    const opening = performance.now();
    await page.goto(browser.url(path), { waitUntil: 'commit' });
    const times = await readPageTimes(page);
    if (path === 'sidepanel.html') {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, POLICY_MARK);
    }
    const policy = await page.evaluate(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
      POLICY_MARK,
    );
    return { ...times, policy, browserStart: opening - browser.launchedAt };
  } finally {
    await browser.close();
  }
}

export async function measureColdStarts(
  extensionDir: string,
  runs: number,
): Promise<{ blank: ColdStart; panel: ColdStart }> {
  const blank: ColdStart[] = [];
  const panel: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    blank.push(await coldOnce(extensionDir, 'blank.html'));
    panel.push(await coldOnce(extensionDir, 'sidepanel.html'));
  }
  const medianOf = (samples: ColdStart[]): ColdStart => ({
    paint: median(samples.map((s) => s.paint)),
    interactive: median(samples.map((s) => s.interactive)),
    policy: median(samples.map((s) => s.policy)),
    browserStart: median(samples.map((s) => s.browserStart)),
  });
  return { blank: medianOf(blank), panel: medianOf(panel) };
}
