import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/**
 * Serves a built single-page app (the designer, a portal) under `prefix` (`''` for the site
 * root), from `root` only: no `..` escapes, only known file types, `index.html` for the folder
 * itself. `headers` are added to every answer (a Content-Security-Policy, for instance).
 */
export function createStaticApp(
  prefix: string,
  root: string,
  headers: Record<string, string> = {},
) {
  const base = root.endsWith(sep) ? root : root + sep;
  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET') return false;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (prefix !== '' && path === prefix) {
      res.writeHead(301, { location: `${prefix}/` }).end();
      return true;
    }
    if (!path.startsWith(`${prefix}/`)) return false;
    const rest = decodeURIComponent(path.slice(prefix.length + 1)) || 'index.html';
    const file = normalize(join(base, rest));
    const type = TYPES[extname(file)];
    if (!file.startsWith(base) || !type) return false;
    const content = await readFile(file).catch(() => undefined);
    if (content === undefined) return false;
    res.writeHead(200, {
      ...headers,
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(content);
    return true;
  };
}
