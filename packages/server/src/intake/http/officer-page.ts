import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages the officer page loads in the browser, served from this server's dependencies. */
const VENDOR_PACKAGES = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit-labs/ssr-dom-shim',
];

const officerDir = fileURLToPath(new URL('../../../../officer/', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Each package's main module, which sits at its root (their exports hide package.json). Lit's
 * packages resolve from lit's own folder: pnpm keeps them beside it, not beside us.
 */
function packageMains(): Map<string, string> {
  const litMain = require.resolve('lit');
  const fromLit = createRequire(litMain);
  const fromElement = createRequire(fromLit.resolve('@lit/reactive-element'));
  const mains = new Map<string, string>([['lit', litMain]]);
  for (const name of VENDOR_PACKAGES.slice(1, 4)) mains.set(name, fromLit.resolve(name));
  mains.set('@lit-labs/ssr-dom-shim', fromElement.resolve('@lit-labs/ssr-dom-shim'));
  return mains;
}

const MAINS = packageMains();
const DIRS = new Map([...MAINS].map(([name, main]) => [name, dirname(main)]));

const IMPORT_MAP = JSON.stringify({
  imports: Object.fromEntries(
    VENDOR_PACKAGES.flatMap((name) => [
      [name, `/vendor/${name}/${basename(MAINS.get(name)!)}`],
      [`${name}/`, `/vendor/${name}/`],
    ]),
  ),
});

// The import map is the page's only inline script; the policy allows exactly it by hash.
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(IMPORT_MAP).digest('base64')}'`,
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hồ sơ cần xử lý · Hoso</title>
    <script type="importmap">${IMPORT_MAP}</script>
    <link rel="stylesheet" href="/officer/officer.css" />
    <script type="module" src="/officer/officer-app.js"></script>
  </head>
  <body>
    <main><hoso-officer-app></hoso-officer-app></main>
  </body>
</html>
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves `/officer` and the modules it needs; answers false for any other path. */
export function createOfficerPage() {
  const dirs = DIRS;
  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET') return false;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; no icon, no error in the console.
      res.writeHead(204).end();
      return true;
    }
    if (path === '/officer' || path === '/officer/') {
      send(res, 200, 'text/html; charset=utf-8', PAGE);
      return true;
    }
    const file = resolveStatic(path, dirs);
    if (!file) return false;
    const content = await readFile(file).catch(() => undefined);
    if (content === undefined) return false;
    send(res, 200, TYPES[file.slice(file.lastIndexOf('.'))]!, content);
    return true;
  };
}

/** Only `.js`/`.css` files inside the officer folder or a vendor package; no `..` escapes. */
function resolveStatic(path: string, dirs: Map<string, string>): string | undefined {
  if (!/\.(js|css)$/.test(path)) return undefined;
  let root: string | undefined;
  let rest: string | undefined;
  if (path.startsWith('/officer/')) {
    root = officerDir;
    rest = path.slice('/officer/'.length);
  } else if (path.startsWith('/vendor/')) {
    const name = VENDOR_PACKAGES.find((n) => path.startsWith(`/vendor/${n}/`));
    if (name) {
      root = dirs.get(name);
      rest = path.slice(`/vendor/${name}/`.length);
    }
  }
  if (root === undefined || rest === undefined) return undefined;
  const full = normalize(join(root, decodeURIComponent(rest)));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : undefined;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  res.end(body);
}
