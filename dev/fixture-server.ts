// Serves fixture pages on 127.0.0.1 (a random free port), so tests paste and insert into
// real pages on a real origin. Nothing leaves the machine.
//   /                  → tests/fixtures/
//   /node_modules/...  → the project's node_modules (real editors: Quill, CKEditor, TinyMCE)
//   /bundles/NAME.js   → tests/fixtures/{editors,insert}/NAME.entry.ts bundled by esbuild on
//                        request (libraries that ship no browser bundle: TipTap, React 19)
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { FIXTURES, ROOT } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const LIBRARY = /^\/(node_modules|bundles)\//;

export interface FixtureServer {
  readonly origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

// Built once per process (a test worker keeps it from one file to the next): bundling
// TipTap or React takes a CPU second, and every editor page asks for its bundle.
const bundles = new Map<string, Promise<Uint8Array>>();

function bundle(name: string): Promise<Uint8Array> {
  let built = bundles.get(name);
  if (!built) {
    built = buildBundle(name);
    bundles.set(name, built);
    built.catch(() => bundles.delete(name));
  }
  return built;
}

async function buildBundle(name: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(FIXTURES, name === 'react' ? 'insert' : 'editors', `${name}.entry.ts`)],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`no bundle for ${name}`);
  return output.contents;
}

async function respond(pathname: string, root: string): Promise<[string, Uint8Array]> {
  const path = normalize(decodeURIComponent(pathname));
  const bundleName = /^\/bundles\/([\w-]+)\.js$/.exec(path)?.[1];
  if (bundleName) return ['.js', await bundle(bundleName)];
  const base = path.startsWith('/node_modules/') ? ROOT : root;
  const file = join(base, path);
  if (!file.startsWith(base)) throw new Error('outside the served folder');
  return [extname(file), await readFile(file)];
}

/** Serves `root` (an absolute folder) and the mounts above; paths outside them are refused. */
export async function startFixtureServer(root: string, host = '127.0.0.1'): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://x');
      const [ext, body] = await respond(pathname, root);
      response
        .writeHead(200, {
          'content-type': TYPES[ext] ?? 'application/octet-stream',
          // Libraries do not change during a run: a browser that opens an editor page again
          // takes them from its cache (the fixture pages themselves are asked for each time).
          ...(LIBRARY.test(pathname) && { 'cache-control': 'max-age=3600, immutable' }),
        })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser that stays open (the e2e suite hands one on) keeps its sockets alive.
        server.closeAllConnections();
      }),
  };
}
