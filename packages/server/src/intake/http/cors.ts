import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a portal's browser may send to the public API from another origin. */
const ALLOWED_METHODS = 'GET, POST';
const ALLOWED_HEADERS = 'content-type, idempotency-key, x-dossier-proof';

/**
 * Cross-origin access to the public API for the listed origins (`*`: any). Officer routes are
 * never listed as public, and `authorization` is not an allowed header: officer tokens stay
 * on the server's own pages.
 */
export function corsPolicy(allowedOrigins: readonly string[]) {
  const any = allowedOrigins.includes('*');
  const origins = new Set(allowedOrigins.map((o) => o.replace(/\/+$/, '').toLowerCase()));
  const allowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (any || origins.has(origin.toLowerCase()));

  return {
    /**
     * Adds the CORS headers an allowed origin needs; answers a preflight (`OPTIONS`) itself and
     * returns true then.
     */
    apply(req: IncomingMessage, res: ServerResponse): boolean {
      const origin = req.headers.origin;
      // An answer depends on the origin whoever asks: a shared cache must keep one copy per
      // origin, or it could hand an answer without the header to an allowed portal. (A refused
      // preflight grants nothing and is not cached.)
      if (!any && (allowed(origin) || req.method !== 'OPTIONS')) res.setHeader('vary', 'origin');
      if (allowed(origin)) res.setHeader('access-control-allow-origin', any ? '*' : origin);
      if (req.method !== 'OPTIONS') return false;
      if (allowed(origin)) {
        res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
        res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
        res.setHeader('access-control-max-age', '600');
      }
      res.writeHead(204).end();
      return true;
    },
  };
}
