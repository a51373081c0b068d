// Text reaches the screen only through Preact's escaping: no component sets raw HTML.
// (This is also why the one Firefox lint warning, Preact's own innerHTML, is harmless.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(__dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

it('never uses dangerouslySetInnerHTML or innerHTML', () => {
  for (const file of ['components', 'entrypoints', 'utils'].flatMap((dir) => files(join(root, dir)))) {
    expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
  }
});
