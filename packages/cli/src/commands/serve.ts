import { DefinitionNotPublished, startIntakeServer } from '@hoso/server';
import { parseArgs, stringFlag } from '../args.js';
import { UsageError, type Io } from '../io.js';
import { buildProcedureValidator } from '../standalone.js';
import { messages, type Lang } from '../messages.js';
import { serveUsage } from './serve-usage.js';

/**
 * `hoso serve`: the intake server on the embedded store (or on DATABASE_URL), publishing the
 * given definitions at start. Runs until interrupted.
 */
export async function serve(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    port: 'string',
    host: 'string',
    'data-dir': 'string',
    officers: 'string',
    publish: 'string',
    designer: 'string',
    portal: 'string',
    'allow-origin': 'string',
  });
  if (args.positionals.length > 0) throw new UsageError(messages.usage(serveUsage));
  const port = Number(stringFlag(args, 'port') ?? process.env['PORT'] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(messages.badPort);
  const publish = repeated(argv, 'publish');
  const allowedOrigins = repeated(argv, 'allow-origin');
  const server = await startIntakeServer({
    port,
    host: stringFlag(args, 'host') ?? '127.0.0.1',
    dataDir: stringFlag(args, 'data-dir') ?? '.hoso-data',
    ...(process.env['DATABASE_URL'] ? { databaseUrl: process.env['DATABASE_URL'] } : {}),
    ...(stringFlag(args, 'officers') ? { officers: stringFlag(args, 'officers')! } : {}),
    publish,
    ...(stringFlag(args, 'designer') ? { designerDir: stringFlag(args, 'designer')! } : {}),
    ...(stringFlag(args, 'portal') ? { portalDir: stringFlag(args, 'portal')! } : {}),
    ...(allowedOrigins.length > 0 ? { allowedOrigins } : {}),
    validatorModule: buildProcedureValidator,
    log: (e) => io.err(`hoso serve: ${logLine(e, io.lang ?? 'en')}`),
  });
  const lines = messages.serving(server.url, {
    portal: stringFlag(args, 'portal') !== undefined,
    designer: stringFlag(args, 'designer') !== undefined,
    postgres: process.env['DATABASE_URL'] !== undefined,
  });
  for (const line of lines) io.out(line[io.lang ?? 'en']);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

/** A refused definition in the terminal's language; anything else with its stack, to report. */
function logLine(e: unknown, lang: Lang): string {
  if (e instanceof DefinitionNotPublished) return messages.notPublished(e.file, e.detail)[lang];
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** Every value of a flag that may be given more than once (`--publish a --publish b`). */
function repeated(argv: readonly string[], name: string): string[] {
  return argv.flatMap((arg, i) => {
    if (arg.startsWith(`--${name}=`)) return [arg.slice(name.length + 3)];
    return arg === `--${name}` && argv[i + 1] ? [argv[i + 1]!] : [];
  });
}
