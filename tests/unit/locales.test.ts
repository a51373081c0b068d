// Guard for the whole house: every interface string exists in nl and en, with the same
// placeholders, and every key is used somewhere (code or manifest).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const root = join(__dirname, '../..');
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
const nl = load('nl');
const en = load('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const source = ['components', 'entrypoints', 'utils']
  .flatMap((dir) => sourceFiles(join(root, dir)))
  .concat(join(root, 'wxt.config.ts'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('interface strings', () => {
  it('has the same keys in nl and en', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty message and the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(nl[key]?.message.trim(), key).not.toBe('');
      expect(en[key]?.message.trim(), key).not.toBe('');
      expect(Object.keys(nl[key]?.placeholders ?? {}), key).toEqual(Object.keys(en[key]?.placeholders ?? {}));
    }
  });

  it('uses every key somewhere', () => {
    for (const key of Object.keys(en)) {
      const used = [`'${key}'`, `"${key}"`, `__MSG_${key}__`].some((form) => source.includes(form));
      expect(used, `unused key ${key}`).toBe(true);
    }
  });
});
