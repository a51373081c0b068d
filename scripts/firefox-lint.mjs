// Firefox validity gate: Mozilla's addons-linter (web-ext lint) on the Firefox build.
// Fails on any error, and on any warning not in the list below with its reason.
import { execFileSync } from 'node:child_process';

const EXPLAINED_WARNINGS = {
  // Preact's renderer assigns innerHTML only for the dangerouslySetInnerHTML prop,
  // which this project never uses (see README, "Firefox lint").
  UNSAFE_VAR_ASSIGNMENT: /^chunks\/sidepanel-[\w-]+\.js$/,
};

const dir = process.argv[2] ?? '.output/firefox-mv3';
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  output = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(output);
const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS[w.code]?.test(w.file ?? ''));
for (const item of [...report.errors, ...unexplained]) {
  console.error(`${item.code} ${item.file ?? ''}: ${item.message}`);
}
console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - unexplained.length} explained)`,
);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
