import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStandaloneValidator } from '@hoso/cli';
import { createAjv, FORBIDDEN_SCHEMA_KEYWORDS } from '@hoso/core';
import { GENERATED_DIR } from './prepare-browser-run.js';

/** One suite group the browser runs: its module and Node's verdict on each test's data. */
export interface SchemaSuiteGroup {
  id: string;
  tests: { description: string; data: unknown; valid: boolean }[];
}

const REMOTES_BASE = 'http://localhost:1234/';

/**
 * Prepares the JSON-Schema-Test-Suite run in Chromium: every draft 2020-12 group that the
 * production factory compiles (the forbidden keywords' files aside) becomes a standalone
 * validator module, and Node's verdict on each test is written beside them.
 */
export async function prepareSchemaSuite(): Promise<{ groups: number; tests: number }> {
  const suite = suiteFolder();
  const remotes = loadRemotes(join(suite, 'remotes'));
  const outDir = new URL('schema-suite/', GENERATED_DIR);
  await mkdir(outDir, { recursive: true });
  const groups: SchemaSuiteGroup[] = [];
  const testsDir = join(suite, 'tests', 'draft2020-12');
  for (const file of readdirSync(testsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    if (FORBIDDEN_SCHEMA_KEYWORDS.some((k) => `${k.replace(/^\$/, '')}.json` === file)) continue;
    const suiteGroups = JSON.parse(readFileSync(join(testsDir, file), 'utf8')) as {
      description: string;
      schema: object;
      tests: { description: string; data: unknown }[];
    }[];
    for (const [index, group] of suiteGroups.entries()) {
      let validate: ((data: unknown) => boolean) | undefined;
      try {
        const ajv = createAjv();
        for (const [uri, schema] of remotes) ajv.addSchema(schema, uri);
        validate = ajv.compile(group.schema) as (data: unknown) => boolean;
      } catch {
        continue; // refused at compile time in Node too (strict mode): nothing to compare
      }
      const id = `${file.replace(/\.json$/, '')}-${index}`;
      await writeFile(
        new URL(`${id}.js`, outDir),
        await buildStandaloneValidator(group.schema, remotes),
      );
      groups.push({
        id,
        tests: group.tests.map((t) => ({
          description: `${group.description} | ${t.description}`,
          data: t.data,
          valid: validate(t.data),
        })),
      });
    }
  }
  await writeFile(new URL('groups.json', outDir), JSON.stringify(groups));
  return { groups: groups.length, tests: groups.reduce((n, g) => n + g.tests.length, 0) };
}

function suiteFolder(): string {
  let testdata = process.env['HOSO_TESTDATA'];
  if (!testdata) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
      if (dirname(dir) === dir) throw new Error('workspace root not found');
      dir = dirname(dir);
    }
    testdata = join(dir, '..', 'shared', 'testdata');
  }
  if (existsSync(join(testdata, 'tests', 'draft2020-12'))) return testdata;
  const name = readdirSync(testdata).find((e) => e.startsWith('json-schema-test-suite@'));
  if (!name) throw new Error(`no json-schema-test-suite@* in ${testdata} (set HOSO_TESTDATA)`);
  return join(testdata, name);
}

/** Remotes for draft 2020-12 only, served under the suite's conventional base URI. */
function loadRemotes(dir: string): Map<string, object> {
  const remotes = new Map<string, object>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const path = join(entry.parentPath, entry.name);
    const uriPath = relative(dir, path).split('\\').join('/');
    if (/^(?!draft2020-12\/)(?:draft[^/]*|v\d+)\//.test(uriPath)) continue;
    const schema = JSON.parse(readFileSync(path, 'utf8')) as { $schema?: string };
    if (
      schema.$schema !== undefined &&
      schema.$schema !== 'https://json-schema.org/draft/2020-12/schema'
    )
      continue;
    remotes.set(REMOTES_BASE + uriPath, schema);
  }
  return remotes;
}
