import { unlink } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Document } from '@hoso/schema';
import type { TokenAuth } from '../auth.js';
import { CITIZEN, listQueue, statistics, transitionDossier, type Actor } from '../back-office.js';
import {
  CompiledCache,
  findDefinition,
  listDefinitions,
  publishDefinition,
} from '../definitions.js';
import type { IntakeContext } from '../intake-context.js';
import { IntakeError } from '../intake-error.js';
import { submitDossier, type IncomingFile } from '../submit-dossier.js';
import { trackDossier } from '../tracking.js';
import { corsPolicy } from './cors.js';
import {
  badRequest,
  sendError,
  sendJson,
  sendText,
  UNAUTHORIZED,
  type TextReply,
} from './respond.js';
import { validatorModules, type ValidatorModuleBuilder } from './validator-modules.js';

/** Reads a request body: JSON, or multipart with a `data` part and files (the request boundary). */
export type BodyReader = (
  req: IncomingMessage,
  /** The document slots of the procedure a submission is for (multipart files). */
  documents?: readonly Document[],
) => Promise<{ data: unknown; files: IncomingFile[] }>;

export interface IntakeAppOptions {
  ctx: IntakeContext;
  auth: TokenAuth;
  readBody: BodyReader;
  /**
   * Builds the standalone validator module of a procedure (`buildProcedureValidator` from
   * `@hoso/cli`). Without it `GET /api/procedures/:id/validator.js` answers 404.
   */
  validatorModule?: ValidatorModuleBuilder;
  /**
   * Origins of portals allowed to call the public API from a browser (the procedure list and
   * definitions, validator modules, the OpenAPI document, submitting and tracking dossiers),
   * e.g. `https://dichvucong.example.gov.vn`; `*` allows any. Default: none (same origin only).
   */
  allowedOrigins?: readonly string[];
  /** The OpenAPI document served at `GET /api/openapi.json` (JSON text; undefined: 404). */
  openApiDocument?: () => Promise<string | undefined>;
  /** Extra routes (static pages); return true when handled. */
  fallback?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  log?: (error: unknown) => void;
}

type Handler = (
  match: RegExpExecArray,
  req: IncomingMessage,
  url: URL,
) => Promise<[number, unknown] | TextReply>;

/**
 * A route: method, path template (as in the OpenAPI document), handler, and whether other
 * origins may call it (CORS).
 */
type Route = [method: string, path: string, handler: Handler, crossOrigin?: 'public'];

/** What each path parameter matches; `{procedure}` is `id` or `id@version` (two groups). */
const PARAMETERS: Record<string, string> = {
  procedure: '([a-z0-9-]+)(?:@([0-9A-Za-z.+-]+))?',
  code: '([^/]+)',
};

function pathPattern(template: string): RegExp {
  const parts = template.split(/\{(\w+)\}/);
  const source = parts
    .map((part, i) => (i % 2 === 1 ? PARAMETERS[part]! : part.replace(/[.]/g, '\\.')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The method and path template of every API route, for documentation checks. */
export interface RouteInfo {
  method: string;
  path: string;
}

/**
 * The intake server's HTTP API as a plain Node request listener:
 *
 * | method | path | who |
 * |---|---|---|
 * | GET | /api/procedures | anyone: published procedures |
 * | GET | /api/procedures/:id[@version] | anyone: a definition (latest when no version) |
 * | GET | /api/procedures/:id[@version]/validator.js | anyone: the data schema's standalone validator |
 * | GET | /api/openapi.json | anyone: the OpenAPI 3.1 document of this API |
 * | POST | /api/procedures | officer with role `publisher`: publish a definition |
 * | POST | /api/procedures/:id[@version]/dossiers | citizen: submit (Idempotency-Key required) |
 * | GET | /api/dossiers/:code | citizen with `X-Dossier-Proof` (secret or ID number): status |
 * | POST | /api/dossiers/:code/transitions | officer, or the citizen for `supplement` |
 * | GET | /api/queue | officer: open dossiers at their stages |
 * | GET | /api/statistics | officer |
 */
export function createIntakeApp(options: IntakeAppOptions) {
  const { ctx, auth, readBody } = options;
  const log = options.log ?? ((e) => console.error(e));
  const cache = new CompiledCache();
  const modules = options.validatorModule
    ? validatorModules(options.validatorModule, cache)
    : undefined;
  const cors = corsPolicy(options.allowedOrigins ?? []);

  const officer = (req: IncomingMessage): Actor => {
    const actor = auth.authenticate(req.headers.authorization);
    if (!actor) throw UNAUTHORIZED;
    return actor;
  };

  const routes: Route[] = [
    ['GET', '/api/procedures', async () => [200, await procedureList()], 'public'],
    [
      'GET',
      '/api/procedures/{procedure}',
      async (m) => [200, (await findDefinition(ctx.db, m[1]!, m[2])).definition],
      'public',
    ],
    [
      'GET',
      '/api/procedures/{procedure}/validator.js',
      async (m, req) => {
        if (!modules) throw NO_VALIDATOR_MODULES;
        const published = await findDefinition(ctx.db, m[1]!, m[2]);
        return modules.reply(published, m[2] !== undefined, req.headers['if-none-match']);
      },
      'public',
    ],
    [
      'GET',
      '/api/openapi.json',
      async () => {
        const text = await options.openApiDocument?.();
        if (text === undefined) throw NO_OPENAPI;
        return {
          status: 200,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-cache',
          },
          text,
        };
      },
      'public',
    ],
    [
      'POST',
      '/api/procedures',
      async (_m, req) => {
        if (!officer(req).roles.includes('publisher')) throw roleRequired('publisher');
        const { data } = await readBody(req);
        const published = await publishDefinition(ctx.db, data);
        return [published.created ? 201 : 200, published];
      },
    ],
    [
      'POST',
      '/api/procedures/{procedure}/dossiers',
      async (m, req) => {
        const published = await findDefinition(ctx.db, m[1]!, m[2]);
        const { data, files } = await readBody(req, published.definition.documents ?? []);
        try {
          const outcome = await submitDossier(ctx, cache, {
            procedureId: published.procedureId,
            version: published.version,
            idempotencyKey: String(req.headers['idempotency-key'] ?? ''),
            data,
            files,
          });
          return [outcome.created ? 201 : 200, outcome];
        } finally {
          // Stored files were moved into the file store; what is left was refused.
          await Promise.all(
            files.map((f) => (f.path ? unlink(f.path).catch(() => undefined) : undefined)),
          );
        }
      },
      'public',
    ],
    [
      'GET',
      '/api/dossiers/{code}',
      async (m, req) => [200, await trackDossier(ctx.db, decodeURIComponent(m[1]!), proof(req))],
      'public',
    ],
    [
      'POST',
      '/api/dossiers/{code}/transitions',
      async (m, req) => {
        const code = decodeURIComponent(m[1]!);
        const actor = req.headers.authorization ? officer(req) : await citizen(code, req);
        const { data } = await readBody(req);
        return [200, await transitionDossier(ctx, cache, actor, transitionRequest(code, data))];
      },
    ],
    [
      'GET',
      '/api/queue',
      async (_m, req, url) => {
        const filter = {
          ...(url.searchParams.get('procedure')
            ? { procedureId: url.searchParams.get('procedure')! }
            : {}),
          ...(url.searchParams.get('stage') ? { stage: url.searchParams.get('stage')! } : {}),
        };
        return [200, await listQueue(ctx, cache, officer(req), filter)];
      },
    ],
    [
      'GET',
      '/api/statistics',
      async (_m, req) => {
        officer(req);
        return [200, await statistics(ctx)];
      },
    ],
  ];

  const compiled = routes.map(
    ([method, path, handler, crossOrigin]) =>
      [method, pathPattern(path), handler, crossOrigin] as const,
  );

  async function procedureList() {
    const all = await listDefinitions(ctx.db);
    return all.map((p) => ({
      id: p.procedureId,
      version: p.version,
      code: p.definition.code,
      title: p.definition.title,
      serviceLevel: p.definition.serviceLevel,
      publishedAt: p.publishedAt,
    }));
  }

  async function citizen(code: string, req: IncomingMessage): Promise<Actor> {
    await trackDossier(ctx.db, code, proof(req));
    return CITIZEN;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const matching = compiled.filter(([, pattern]) => pattern.test(url.pathname));
      // Other origins reach the public operations only; a preflight names the one it wants.
      const wanted =
        req.method === 'OPTIONS' ? req.headers['access-control-request-method'] : req.method;
      const crossOrigin = matching.some(([method, , , c]) => c && method === wanted);
      if (crossOrigin && cors.apply(req, res)) return;
      const route = matching.find(([method]) => method === req.method);
      if (route) {
        const reply = await route[2](route[1].exec(url.pathname)!, req, url);
        if (Array.isArray(reply)) sendJson(res, reply[0], reply[1]);
        else sendText(res, reply);
        return;
      }
      if (options.fallback && (await options.fallback(req, res))) return;
      const known = matching.length > 0;
      throw new IntakeError(known ? 405 : 404, known ? 'method-not-allowed' : 'not-found', {
        vi: known ? 'Phương thức không được hỗ trợ.' : 'Không có địa chỉ này.',
        en: known ? 'Method not allowed.' : 'Not found.',
      });
    } catch (error) {
      // A body the handler never read must not stall the connection.
      req.resume();
      sendError(res, error, log);
    }
  }
  const routeList: RouteInfo[] = routes.map(([method, path]) => ({ method, path }));
  return Object.assign(handle, { routes: routeList });
}

function proof(req: IncomingMessage): string {
  const value = req.headers['x-dossier-proof'];
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(
      'Cần mã tra cứu hoặc số định danh của người nộp (tiêu đề X-Dossier-Proof).',
      "The tracking secret or the applicant's ID number is needed (X-Dossier-Proof header).",
      'proof-required',
    );
  }
  return value;
}

function transitionRequest(code: string, body: unknown) {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof b['action'] !== 'string' || !Number.isInteger(b['revision'])) {
    throw badRequest(
      'Cần "action" (chuỗi) và "revision" (số nguyên) trong nội dung yêu cầu.',
      'The body needs "action" (a string) and "revision" (an integer).',
    );
  }
  return {
    code,
    action: b['action'] as never,
    revision: b['revision'] as number,
    ...(typeof b['to'] === 'string' ? { to: b['to'] } : {}),
    ...(typeof b['note'] === 'string' ? { note: b['note'] } : {}),
  };
}

const NO_VALIDATOR_MODULES = new IntakeError(404, 'validator-modules-off', {
  vi: 'Máy chủ này không tạo mô-đun kiểm tra dữ liệu (validator.js); hãy dùng "hoso compile".',
  en: 'This server does not build validator modules (validator.js); use "hoso compile".',
});

const NO_OPENAPI = new IntakeError(404, 'not-found', {
  vi: 'Máy chủ này không có tài liệu OpenAPI.',
  en: 'This server has no OpenAPI document.',
});

function roleRequired(role: string): IntakeError {
  return new IntakeError(403, 'role-required', {
    vi: `Cần vai trò "${role}".`,
    en: `The role "${role}" is needed.`,
  });
}
