// What the first view costs to load: every file the panel page requests until it is
// interactive and the network is idle (its HTML, scripts incl. chunks loaded at start,
// stylesheets), sized from the build, gzip -9 as a store or disk would hold them.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchBrowser } from './chromium';
import { readPageTimes } from './in-page';

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

export interface FirstViewBytes {
  readonly total: Bytes;
  readonly byType: Readonly<Record<string, Bytes & { files: number }>>;
  readonly files: readonly string[];
}

export async function measureFirstViewBytes(
  browser: BenchBrowser,
  buildDir: string,
): Promise<FirstViewBytes> {
  const page = await browser.context.newPage();
  const files: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:') files.push(url.pathname.slice(1));
  });
  await page.goto(browser.url('sidepanel.html'));
  await readPageTimes(page);
  await page.waitForLoadState('networkidle');
  await page.close();

  const byType: Record<string, Bytes & { files: number }> = {};
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const content = readFileSync(join(buildDir, file));
    const zipped = gzipSync(content, { level: 9 }).length;
    const type = extname(file).slice(1);
    const sum = byType[type] ?? { raw: 0, gzip: 0, files: 0 };
    byType[type] = { raw: sum.raw + content.length, gzip: sum.gzip + zipped, files: sum.files + 1 };
    raw += content.length;
    gzip += zipped;
  }
  return { total: { raw, gzip }, byType, files: [...new Set(files)] };
}
