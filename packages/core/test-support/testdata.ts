import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of a pinned conformance suite (`<name>@<commit>` in `../shared/testdata/`, beside
 * the workspace). `HOSO_TESTDATA` may name the testdata folder or the suite's folder itself,
 * recognised by `marker`, a path inside it. A missing suite throws: the tests that read it must
 * fail, never pass empty.
 */
export function suiteFolder(name: string, marker: string): string {
  const testdata =
    process.env['HOSO_TESTDATA'] ?? join(workspaceRoot(), '..', 'shared', 'testdata');
  if (existsSync(join(testdata, marker))) return testdata;
  if (!existsSync(testdata))
    throw new Error(`testdata folder ${testdata} does not exist (set HOSO_TESTDATA)`);
  const found = readdirSync(testdata)
    .filter((entry) => entry.startsWith(`${name}@`))
    .sort()
    .at(-1);
  if (found === undefined) throw new Error(`no ${name}@* in ${testdata} (set HOSO_TESTDATA)`);
  return join(testdata, found);
}

function workspaceRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pnpm-workspace.yaml not found above the tests');
    dir = parent;
  }
  return dir;
}
