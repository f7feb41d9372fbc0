import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VIETNAM_CALENDAR, type WorkingCalendar } from '@hoso/core';
import { TokenAuth, type OfficerEntry } from './auth.js';
import { openDatabase } from './db/open-database.js';
import { publishDefinition } from './definitions.js';
import { FileStore } from './file-store.js';
import { createIntakeApp, type BodyReader } from './http/intake-app.js';
import type { ValidatorModuleBuilder } from './http/validator-modules.js';
import { boundaryBodyReader } from './http/boundary-body-reader.js';
import { createOfficerPage } from './http/officer-page.js';
import { createStaticApp } from './http/static-app.js';
import type { IntakeContext } from './intake-context.js';
import { IntakeError } from './intake-error.js';
import { OPENAPI_FILE } from './openapi-file.js';
import { DefinitionNotPublished } from './not-published.js';

/**
 * How to start the intake server. Everything is optional: `startIntakeServer({})` serves the
 * API and the officer page on 127.0.0.1:8080 with the embedded store in `.hoso-data`.
 */
export interface IntakeServerOptions {
  /** Default 8080; 0 picks a free port (see `url` of the running server). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Where the embedded store and the files live (default `.hoso-data`). */
  dataDir?: string;
  /** A PostgreSQL server instead of the embedded store. */
  databaseUrl?: string;
  /** Officers and their tokens: a file path, or the entries themselves. */
  officers?: string | OfficerEntry[];
  /** Definitions to publish at start (files, or folders searched for `definition.json`). */
  publish?: string[];
  calendar?: WorkingCalendar;
  /** A built designer (`designer/dist/app`) to serve at `/designer/`. */
  designerDir?: string;
  /**
   * A built portal (`examples/demo-portal/dist`) to serve at `/`, under a strict
   * Content-Security-Policy (scripts from this server only, no eval).
   */
  portalDir?: string;
  /**
   * Builds a procedure's standalone validator module; pass `buildProcedureValidator` from
   * `@hoso/cli` to serve `GET /api/procedures/:id[@version]/validator.js` (what
   * `<hoso-procedure src>` imports). Without it that route answers 404.
   */
  validatorModule?: ValidatorModuleBuilder;
  /**
   * Origins of portals on other sites allowed to call the public API from the browser
   * (procedures, validator modules, submitting and tracking dossiers), e.g.
   * `['https://dichvucong.example.gov.vn']`; `['*']` allows any. Default: same origin only.
   */
  allowedOrigins?: string[];
  /** The OpenAPI document served at `/api/openapi.json` (default: this package's `openapi.json`). */
  openApiFile?: string;
  /** The agency code in dossier codes (default `000.00.00.H00`). */
  agencyCode?: string;
  /** The request boundary; by default strict JSON and multipart uploads under `dataDir`. */
  readBody?: BodyReader;
  /**
   * Where refused definitions (a `DefinitionNotPublished`, reason in both languages) and
   * unexpected errors are reported (default `console.error`).
   */
  log?: (message: unknown) => void;
}

export interface RunningIntakeServer {
  url: string;
  server: Server;
  ctx: IntakeContext;
  close(): Promise<void>;
}

/**
 * Starts the intake server: store, migrations, published definitions, the API, the officer
 * page, and the designer and a portal when given.
 */
export async function startIntakeServer(
  options: IntakeServerOptions,
): Promise<RunningIntakeServer> {
  const dataDir = options.dataDir ?? '.hoso-data';
  await mkdir(dataDir, { recursive: true });
  const db = await openDatabase(
    options.databaseUrl
      ? { databaseUrl: options.databaseUrl }
      : { dataDir: join(dataDir, 'pglite') },
  );
  const ctx: IntakeContext = {
    db,
    files: new FileStore(join(dataDir, 'files')),
    calendar: options.calendar ?? VIETNAM_CALENDAR,
    agencyCode: options.agencyCode ?? '000.00.00.H00',
    now: () => new Date(),
  };
  // A definition that cannot be published (changed without a new version) is reported, and
  // the server starts with the others.
  for (const file of await definitionFiles(options.publish ?? [])) {
    try {
      await publishDefinition(db, JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      if (!(error instanceof IntakeError)) throw error;
      const refused = new DefinitionNotPublished(file, error.detail);
      if (options.log) options.log(refused);
      else console.error(refused.message);
    }
  }
  const auth =
    typeof options.officers === 'string'
      ? await TokenAuth.fromFile(options.officers)
      : new TokenAuth(options.officers ?? []);
  const app = createIntakeApp({
    ctx,
    auth,
    readBody: options.readBody ?? boundaryBodyReader({ uploadDir: join(dataDir, 'uploads') }),
    ...(options.validatorModule ? { validatorModule: options.validatorModule } : {}),
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    openApiDocument: () =>
      readFile(options.openApiFile ?? OPENAPI_FILE, 'utf8').catch(() => undefined),
    fallback: chain(
      createOfficerPage(),
      options.designerDir ? createStaticApp('/designer', options.designerDir) : undefined,
      options.portalDir ? createStaticApp('', options.portalDir, PORTAL_HEADERS) : undefined,
    ),
    ...(options.log ? { log: options.log } : {}),
  });
  const server = createServer((req, res) => void app(req, res));
  // Slow or stalled clients must not hold connections forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', resolve),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    ctx,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/**
 * The portal's policy, stricter than the officer page's: its own scripts and stylesheets only
 * (the elements style their shadow roots with constructed stylesheets), no eval, no framing.
 */
const PORTAL_HEADERS = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
};

type Fallback = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

function chain(...handlers: (Fallback | undefined)[]): Fallback {
  return async (req, res) => {
    for (const handler of handlers) if (handler && (await handler(req, res))) return true;
    return false;
  };
}

async function definitionFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path.endsWith('.json')) {
      files.push(path);
      continue;
    }
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.isDirectory()) files.push(...(await definitionFiles([join(path, entry.name)])));
      else if (entry.name === 'definition.json') files.push(join(path, entry.name));
    }
  }
  return files.sort();
}
