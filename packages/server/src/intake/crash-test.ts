import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from './db/open-database.js';
import { FileStore } from './file-store.js';

export interface CrashTestOptions {
  /** The `hoso` CLI entry to run the server with. */
  bin: string;
  dataDir: string;
  databaseUrl?: string;
  /** A definition to publish and submit to, and a valid submission for it. */
  definitionFile: string;
  submission: Record<string, unknown>;
  /** The document slot that gets the attachment. */
  documentKey: string;
  clients: number;
  /** Dossiers each client submits, one after the other. */
  perClient: number;
  kills: number;
  /** 0 lets the first start pick a free port; restarts reuse it. */
  port: number;
  log?: (line: string) => void;
}

export interface CrashTestReport {
  acknowledged: number;
  attempts: number;
  restarts: number;
  /** Everything that went wrong; empty when every promise held. */
  failures: string[];
}

/**
 * Submits dossiers with attachments from many clients while the server is killed with SIGKILL
 * and restarted, then checks the promises: every acknowledged dossier exists with the data and
 * files it was acknowledged with, no code twice, no dossier pointing at a missing file.
 * Clients retry with the same Idempotency-Key until acknowledged, as a portal would.
 */
export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestReport> {
  const log = options.log ?? (() => undefined);
  const definition = JSON.parse(await readFile(options.definitionFile, 'utf8'));
  const first = await start(options, options.port);
  const url = first.url;
  let server = first.child;
  const port = Number(new URL(url).port);
  let restarts = 0;
  let attempts = 0;
  const acknowledged = new Map<string, { code: string; name: string; sha256: string }>();

  const submitOne = async (index: number): Promise<void> => {
    const key = `crash-${index}-${Date.now()}`;
    const content = `%PDF-1.7\nhồ sơ ${index}\n`;
    const sha256 = createHash('sha256').update(content).digest('hex');
    for (let attempt = 0; attempt < 200; attempt++) {
      attempts++;
      const form = new FormData();
      form.append('data', JSON.stringify(options.submission));
      form.append(`$documents.${options.documentKey}`, new Blob([content]), `tệp ${index}.pdf`);
      try {
        const response = await fetch(`${url}/api/procedures/${definition.id}/dossiers`, {
          method: 'POST',
          headers: { 'idempotency-key': key },
          body: form,
        });
        if (response.status === 200 || response.status === 201) {
          const body = (await response.json()) as { receipt: { code: string } };
          acknowledged.set(key, { code: body.receipt.code, name: `tệp ${index}.pdf`, sha256 });
          return;
        }
        await response.arrayBuffer();
      } catch {
        // The server is down: wait and retry with the same key.
      }
      await sleep(50 + Math.random() * 100);
    }
  };

  const clients = Array.from({ length: options.clients }, async (_, c) => {
    for (let n = 0; n < options.perClient; n++) await submitOne(c * options.perClient + n);
  });
  for (let kill = 0; kill < options.kills; kill++) {
    await sleep(300 + Math.random() * 700);
    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
    log(`killed the server (${acknowledged.size} acknowledged so far)`);
    server = (await start(options, port)).child;
    restarts++;
  }
  await Promise.all(clients);
  server.kill('SIGKILL');
  await new Promise((resolve) => server.once('exit', resolve));

  const failures = await verify(options, acknowledged);
  return { acknowledged: acknowledged.size, attempts, restarts, failures };
}

async function verify(
  options: CrashTestOptions,
  acknowledged: Map<string, { code: string; name: string; sha256: string }>,
): Promise<string[]> {
  const failures: string[] = [];
  const db = await openDatabase(
    options.databaseUrl
      ? { databaseUrl: options.databaseUrl }
      : { dataDir: join(options.dataDir, 'pglite') },
  );
  const files = new FileStore(join(options.dataDir, 'files'));
  try {
    const rows = await db.query<{ code: string; idempotency_key: string }>(
      'SELECT code, idempotency_key FROM dossiers',
    );
    const byKey = new Map(rows.map((r) => [r.idempotency_key, r.code]));
    if (new Set(rows.map((r) => r.code)).size !== rows.length)
      failures.push('a dossier code is used twice');
    for (const [key, ack] of acknowledged) {
      if (byKey.get(key) !== ack.code)
        failures.push(`acknowledged ${ack.code} (${key}) is missing`);
    }
    const stored = await db.query<{ dossier_code: string; sha256: string; name: string }>(
      'SELECT dossier_code, sha256, name FROM dossier_files',
    );
    for (const file of stored) {
      if (!(await files.has(file.sha256)))
        failures.push(`${file.dossier_code} points to a missing file`);
      else {
        const bytes = await readFile(files.pathOf(file.sha256));
        if (createHash('sha256').update(bytes).digest('hex') !== file.sha256)
          failures.push(`${file.sha256} is corrupt`);
      }
    }
    for (const ack of acknowledged.values()) {
      const match = stored.find((f) => f.dossier_code === ack.code);
      if (!match || match.sha256 !== ack.sha256 || match.name !== ack.name)
        failures.push(`${ack.code} lost its file`);
    }
  } finally {
    await db.close();
  }
  return failures;
}

async function start(
  options: CrashTestOptions,
  port: number,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      options.bin,
      'serve',
      '--port',
      String(port),
      '--data-dir',
      options.dataDir,
      '--publish',
      options.definitionFile,
    ],
    {
      env: {
        ...process.env,
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 60 s')), 60_000);
    child.stdout!.on('data', (chunk) => {
      const match = /intake server: (http:\/\/\S+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  child.stderr!.resume();
  return { child, url };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
