// Firefox validity gate: Mozilla's addons-linter (web-ext lint) on the Firefox build.
// Fails on any error, and on any warning not in the list below with its reason.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv3';

// Each explained warning: a test of the file it is reported in.
const EXPLAINED_WARNINGS = {
  // Preact's renderer (in whichever chunk the bundler puts it) assigns innerHTML only
  // for the dangerouslySetInnerHTML prop, which this project never uses (README,
  // "Firefox lint").
  UNSAFE_VAR_ASSIGNMENT: (file) =>
    /^chunks\/[\w-]+\.js$/.test(file) &&
    readFileSync(join(dir, file), 'utf8').includes('dangerouslySetInnerHTML'),
};
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  output = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(output);
const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS[w.code]?.(w.file ?? ''));
for (const item of [...report.errors, ...unexplained]) {
  console.error(`${item.code} ${item.file ?? ''}: ${item.message}`);
}
console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - unexplained.length} explained)`,
);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
