// `npm test`: every gate and suite, in order, then one closing line `N passed, N failed`
// that sums the tests of every suite, counting each gate (typecheck, lint, build,
// Firefox lint) as one. Later steps still run after a failure, so one run shows all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const vitest = (project, ...more) => ({
  name: `${project} tests`,
  command: [
    'npx',
    'vitest',
    'run',
    ...[project, ...more].flatMap((name) => ['--project', name]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORTS}/${project}.json`,
  ],
  report: `${REPORTS}/${project}.json`,
});

const steps = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'lint and format', command: ['npx', 'biome', 'ci', '.'] },
  vitest('unit'),
  { name: 'build Chrome/Edge', command: ['npx', 'wxt', 'build'] },
  { name: 'build Firefox', command: ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3'] },
  { name: 'build Chrome e2e variant', command: ['npx', 'wxt', 'build', '--mode', 'e2e'] },
  // Chrome only, for tests/e2e/second-condition.e2e.ts: the leaflet and a test condition.
  {
    name: 'build Chrome with a test condition',
    command: ['npx', 'wxt', 'build', '--mode', 'e2e-conditions'],
  },
  {
    name: 'build Firefox e2e variant',
    command: ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'e2e'],
  },
  { name: 'Firefox lint (web-ext)', command: ['node', 'scripts/firefox-lint.mjs'] },
  vitest('e2e'),
  // Figures are printed, not asserted (shared, noisy machines): this only proves it runs.
  { name: 'benchmark (smoke run)', command: ['npx', 'vite-node', 'scripts/bench.ts', '--smoke'] },
];

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const [bin, ...args] = step.command;
  const { status } = spawnSync(bin, args, { stdio: 'inherit' });
  if (step.report) {
    const report = existsSync(step.report) ? JSON.parse(readFileSync(step.report, 'utf8')) : null;
    // A suite that could not report counts as one failure, never as zero tests.
    const ok = report?.numPassedTests ?? 0;
    const bad = report ? report.numFailedTests + (status === 0 ? 0 : Number(report.numFailedTests === 0)) : 1;
    passed += ok;
    failed += bad;
    summary.push(`${step.name}: ${ok} passed, ${bad} failed`);
  } else {
    if (status === 0) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${status === 0 ? 'ok' : 'FAILED'}`);
  }
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
