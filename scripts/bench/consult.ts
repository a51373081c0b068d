// A full consult in the panel beside the demo EHR page: copy and insert timed inside the
// panel from the click, the panel's heap afterwards, and whether the extension ran
// anything in the page before the user inserted (it must not).
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './chromium';
import { median } from './stats';

export interface ConsultFigures {
  readonly copy: number;
  readonly insert: number;
  readonly heapBytes: number;
  /** Extension script worlds in the EHR page before Insert, and after it (proves we see them). */
  readonly injectedBefore: number;
  readonly injectedAfter: number;
}

async function openPanelBeside(browser: BenchBrowser): Promise<Page> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const opened = browser.context.waitForEvent('page');
  await worker.evaluate(
    (url) => chrome.windows.create({ url, type: 'popup', width: 380, height: 900 }).then(() => undefined),
    browser.url('sidepanel.html'),
  );
  const page = await opened;
  await page.getByRole('tablist').waitFor();
  return page;
}

async function fillConsult(panel: Page): Promise<void> {
  const show = async (name: string) => {
    await panel.getByRole('tab', { name }).click();
    await panel.getByRole('tabpanel', { name }).waitFor();
  };
  await show("Risico's");
  for (const name of ['Hoge BMI', 'Diabetes', 'Vermoeidheid', 'Toename van herhalingen']) {
    await panel.getByRole('checkbox', { name }).check();
  }
  await show('Pijn');
  await panel.locator('label:has(input[name="pain-score"][value="3"])').click();
  await panel.getByRole('radio', { name: 'Nee' }).check();
  await show('Notitie');
  for (const name of ['Wat te doen?', 'Oorzakelijke factoren', 'Mag ik pijn ervaren bij belasting?']) {
    await panel.getByRole('checkbox', { name }).check();
  }
}

export async function measureConsult(
  browser: BenchBrowser,
  ehrUrl: string,
  runs: number,
): Promise<ConsultFigures> {
  const ehr = await browser.context.newPage();
  const ehrCdp = await browser.context.newCDPSession(ehr);
  let injected = 0;
  ehrCdp.on('Runtime.executionContextCreated', ({ context }) => {
    // An extension's script world in a page has the extension's origin (automation's own
    // worlds have the page's).
    if (context.origin.startsWith('chrome-extension://')) injected++;
  });
  await ehrCdp.send('Runtime.enable');
  await ehr.goto(ehrUrl);
  await ehr.bringToFront();
  const panel = await openPanelBeside(browser);
  await panel.evaluate(() => {
    const w = window as unknown as { clickAt: number; copyTimes: number[]; insertTimes: number[] };
    Object.assign(w, { copyTimes: [], insertTimes: [] });
    document.addEventListener('click', () => (w.clickAt = performance.now()), true);
    const write = navigator.clipboard.write.bind(navigator.clipboard);
    navigator.clipboard.write = async (items) => {
      await write(items);
      w.copyTimes.push(performance.now() - w.clickAt);
    };
    // From the click to the "inserted" announcement, which follows the in-page check.
    new MutationObserver(() => {
      if (document.querySelector('[role="status"] span')?.textContent?.startsWith('Ingevoegd')) {
        w.insertTimes.push(performance.now() - w.clickAt);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await fillConsult(panel);
  for (let i = 0; i < runs; i++) await panel.getByRole('button', { name: 'Kopieer notitie' }).click();
  await panel.waitForFunction(
    (n) => (window as unknown as { copyTimes: number[] }).copyTimes.length >= n,
    runs,
  );
  const injectedBefore = injected;
  for (let i = 0; i < runs; i++) {
    await ehr.evaluate(() => {
      const field = document.getElementById('note-plain') as HTMLTextAreaElement;
      field.value = '';
      field.focus();
    });
    await panel.getByRole('button', { name: 'Invoegen in pagina' }).click();
    await panel.waitForFunction(
      (n) => (window as unknown as { insertTimes: number[] }).insertTimes.length > n,
      i,
    );
  }
  const times = await panel.evaluate(() => {
    const w = window as unknown as { copyTimes: number[]; insertTimes: number[] };
    return { copyTimes: w.copyTimes, insertTimes: w.insertTimes };
  });
  const cdp = await browser.context.newCDPSession(panel);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return {
    copy: median(times.copyTimes),
    insert: median(times.insertTimes),
    heapBytes: usedSize,
    injectedBefore,
    injectedAfter: injected,
  };
}
