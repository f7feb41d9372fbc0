import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hoso } from '../test-support/run-hoso.js';

const example = (path: string): string =>
  fileURLToPath(new URL(`../../../../examples/overlays/${path}`, import.meta.url));
const base = example('dang-ky-khai-sinh/definition.json');
const haNoi = example('dang-ky-khai-sinh/ha-noi.overlay.json');

async function tempJson(name: string, value: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'hoso-overlay-')), name);
  await writeFile(path, JSON.stringify(value));
  return path;
}

describe('hoso resolve', () => {
  it('prints the resolved definition, exit 0', async () => {
    const run = await hoso('resolve', base, haNoi);
    assert.equal(run.code, 0, run.stderr);
    const definition = JSON.parse(run.stdout);
    assert.equal(definition.code, '1.001193.000.00.00.H26');
    assert.match(definition.agency.name.vi, /Hà Nội/);
  });

  it('--json gives the problems and the provenance', async () => {
    const run = await hoso('resolve', base, haNoi, '--json');
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.valid, true);
    assert.deepEqual(result.problems, []);
    assert.ok(result.provenance.some((p: any) => p.pointer === '/code' && p.change === 1));
  });

  it('exit 1 with every reason when changes no longer apply', async () => {
    const overlay = JSON.parse(await readFile(haNoi, 'utf8'));
    overlay.changes.push({ op: 'remove', target: { element: 'applicant.fax' } });
    overlay.changes.push({ op: 'set', target: { stage: 'archive' }, value: { durationDays: 1 } });
    const file = await tempJson('stale.overlay.json', overlay);
    const text = await hoso('resolve', base, file);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /2 problem\(s\)/);
    assert.match(text.stdout, /\/changes\/6\/target\s+\[overlay\.target-not-found\] \(change 6\)/);
    assert.match(
      text.stdout,
      /vi: Không áp dụng được thay đổi: bản gốc dang-ky-khai-sinh@1\.0\.0 không có phần tử "applicant\.fax"/,
    );
    const json = await hoso('resolve', base, file, '--json');
    assert.equal(json.code, 1);
    const result = JSON.parse(json.stdout);
    assert.deepEqual(
      result.problems.map((p: any) => [p.pointer, p.code, p.source]),
      [
        ['/changes/6/target', 'overlay.target-not-found', 'overlay'],
        ['/changes/7/target', 'overlay.target-not-found', 'overlay'],
      ],
    );
  });

  it('wrong usage and unreadable files are exit 2, one line', async () => {
    assert.equal((await hoso('resolve', base)).code, 2);
    const missing = await hoso('resolve', base, '/nonexistent/overlay.json');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*no such file/);
  });
});

describe('hoso diff', () => {
  async function versions(): Promise<{ v1: string; v2: any }> {
    const v2 = JSON.parse(await readFile(base, 'utf8'));
    v2.steps[0].elements[0].elements.pop(); // applicant.phone removed: breaking
    return { v1: base, v2 };
  }

  it('prints the changes and the bump; exit 0 without --check', async () => {
    const { v1, v2 } = await versions();
    v2.version = '1.1.0';
    const file = await tempJson('v2.json', v2);
    const run = await hoso('diff', v1, file);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /1\.0\.0 → 1\.1\.0: 1 change\(s\), bump required: major/);
    assert.match(run.stdout, /breaking\s+major \[field\.removed\] applicant\.phone/);
    assert.match(run.stdout, /1\.1\.0 is too low: these changes need at least 2\.0\.0/);
  });

  it('--check exits 1 when the version is too low, 0 when it is enough; --json', async () => {
    const { v1, v2 } = await versions();
    v2.version = '1.1.0';
    assert.equal((await hoso('diff', v1, await tempJson('low.json', v2), '--check')).code, 1);
    v2.version = '2.0.0';
    const run = await hoso('diff', v1, await tempJson('ok.json', v2), '--check', '--json');
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.bump, 'major');
    assert.equal(result.minimumVersion, '2.0.0');
    assert.equal(result.sufficient, true);
    assert.equal(result.changes[0].code, 'field.removed');
  });

  it('an invalid definition is exit 2 naming the file', async () => {
    const bad = await tempJson('bad.json', { id: 'x' });
    const run = await hoso('diff', base, bad);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bad\.json is not a valid definition/);
  });
});
