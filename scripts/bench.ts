// `npm run bench`: builds the extension as it ships (production), then measures what the
// clinician feels, beside a blank extension page in the same run, and prints every figure
// beside its budget. Timings are read inside the page (navigation start = 0). A benchmark,
// not a test: it exits 0 once it has measured; `--smoke` (CI) runs few samples.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChromium } from './bench/chromium';
import { measureColdStarts } from './bench/cold-start';
import { measureConsult } from './bench/consult';
import { serveDemo } from './bench/demo-server';
import { measureFirstViewBytes } from './bench/first-view-bytes';
import { BLANK_PAGE } from './bench/in-page';
import { measureWarmLoads } from './bench/page-load';
import { kb, ms, printTable, type Row, ratio } from './bench/stats';

const ROOT = join(import.meta.dirname, '..');
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 3 : 15;
const COLD_RUNS = smoke ? 2 : 15;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadBefore = load();

// vite-node runs this with NODE_ENV=development; the builds must not inherit it.
const env = { ...process.env, NODE_ENV: 'production' };
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env });
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore', env });
const shipped = join(ROOT, '.output/chrome-mv3');
// A copy with a blank page beside the panel; the build output itself is never touched.
const copy = join(mkdtempSync(join(tmpdir(), 'heupwijzer-bench-')), 'ext');
cpSync(shipped, copy, { recursive: true });
for (const [file, content] of Object.entries(BLANK_PAGE)) writeFileSync(join(copy, file), content);

const rows: Row[] = [];
{
  const browser = await startChromium(copy);
  const bytes = await measureFirstViewBytes(browser, copy);
  for (const [type, { raw, gzip, files }] of Object.entries(bytes.byType)) {
    rows.push([
      `first view ${type} (${files} file${files > 1 ? 's' : ''}): raw / gzip`,
      `${kb(raw)} / ${kb(gzip)}`,
      '',
      true,
    ]);
  }
  rows.push([
    'first view HTML + JS + CSS, gzip',
    `${kb(bytes.total.gzip)} (raw ${kb(bytes.total.raw)})`,
    '≤ 40 KB',
    bytes.total.gzip <= 40 * 1024,
  ]);

  const { blank, panel } = await measureWarmLoads(browser, RUNS);
  await browser.close();
  rows.push(['first paint: blank page / panel', `${ms(blank.paint)} / ${ms(panel.paint)}`, '', true]);
  rows.push([
    '  panel ÷ blank',
    ratio(panel.paint / blank.paint),
    '≤ 1.10 ×',
    panel.paint <= 1.1 * blank.paint,
  ]);
  rows.push([
    'first click handled: blank / panel',
    `${ms(blank.interactive)} / ${ms(panel.interactive)}`,
    '',
    true,
  ]);
  rows.push([
    '  panel ÷ blank',
    ratio(panel.interactive / blank.interactive),
    '≤ 1.20 ×',
    panel.interactive <= 1.2 * blank.interactive,
  ]);
}
{
  const { blank, panel } = await measureColdStarts(copy, COLD_RUNS);
  rows.push(['right after browser start: browser → page', ms(panel.browserStart), '', true]);
  rows.push(['  text on screen: blank / panel', `${ms(blank.paint)} / ${ms(panel.paint)}`, '', true]);
  rows.push(['  panel text on screen', ms(panel.paint), '≤ 300 ms', panel.paint <= 300]);
  rows.push(['  panel ÷ blank, text on screen', ratio(panel.paint / blank.paint), '', true]);
  rows.push([
    '  first click handled: blank / panel',
    `${ms(blank.interactive)} / ${ms(panel.interactive)}`,
    '',
    true,
  ]);
  rows.push(['  clinic policy known (Settings editable)', ms(panel.policy), '', true]);
}
{
  const demo = await serveDemo(join(ROOT, 'demo'));
  const browser = await startChromium(join(ROOT, '.output/chrome-mv3-e2e'));
  const consult = await measureConsult(browser, demo.url('ehr.html'), RUNS);
  await browser.close();
  await demo.close();
  rows.push(['Copy click → clipboard write resolved', ms(consult.copy), '< 16 ms', consult.copy < 16]);
  rows.push(['Insert click → inserted and checked', ms(consult.insert), '< 50 ms', consult.insert < 50]);
  const heap = consult.heapBytes / 1024 / 1024;
  rows.push(['panel JS heap after a full consult', `${heap.toFixed(2)} MB`, '< 4 MB', heap < 4]);
  rows.push([
    'scripts run in the EHR page: before / after Insert',
    `${consult.injectedBefore} / ${consult.injectedAfter}`,
    '0 before Insert',
    consult.injectedBefore === 0 && consult.injectedAfter > 0,
  ]);
}
rmSync(copy, { recursive: true, force: true });

printTable(
  `Heupwijzer benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ` +
    `load average ${loadBefore} → ${load()} (1/5/15 min), medians of ${RUNS} warm and ${COLD_RUNS} cold samples${smoke ? ', smoke run' : ''}`,
  rows,
);
