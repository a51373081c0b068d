// A copy of a built extension under an id no other test uses, so a test can write
// machine-wide policy for that id (/etc) while the rest of the suite runs beside it:
// every browser reads those files at start, but policy for an id reaches only that id.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const copyOf = (buildDir: string, edit: (manifest: Record<string, unknown>) => void): string => {
  const dir = join(mkdtempSync(join(tmpdir(), 'heupwijzer-own-id-')), 'extension');
  cpSync(buildDir, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
};

/** Deletes a copy made here. */
export const removeCopy = (dir: string): void => rmSync(dirname(dir), { recursive: true, force: true });

/** Chromium: the build with a new manifest key; the id Chromium derives from that key. */
export function chromiumBuildWithOwnId(buildDir: string): { dir: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  // An extension id is the key's SHA-256, its first 32 hex digits written with a–p.
  const hex = createHash('sha256').update(publicKey).digest('hex').slice(0, 32);
  const id = [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
  const dir = copyOf(buildDir, (manifest) => {
    manifest.key = publicKey.toString('base64');
  });
  return { dir, id };
}

/** Firefox: the build with another add-on id (gecko id). */
export function firefoxBuildWithOwnId(buildDir: string, geckoId: string): string {
  return copyOf(buildDir, (manifest) => {
    const settings = manifest.browser_specific_settings as { gecko: { id: string } };
    settings.gecko.id = geckoId;
  });
}
