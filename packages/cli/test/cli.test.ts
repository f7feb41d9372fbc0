import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hoso, hosoIn } from '../test-support/run-hoso.js';

const fixture = fileURLToPath(
  new URL('../../../core/test/fixtures/household.json', import.meta.url),
);

async function tempFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hoso-cli-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const validData = {
  fullName: 'Trần Văn Bình',
  birthDate: '1988-02-29',
  idNumber: '079088001234',
  maritalStatus: 'single',
  address: { residence: { province: '79', commune: '26734' } },
  declaration: true,
  copyCount: 1,
  $delivery: 'counter',
  $documents: { idCard: [{ name: 'cccd.jpg', type: 'image/jpeg', size: 1000 }] },
};

describe('hoso check', () => {
  it('passes a valid definition with exit 0', async () => {
    const run = await hoso('check', fixture);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /no problems/);
  });

  it('lists every problem with pointer, code and both messages, exit 1', async () => {
    const definition = JSON.parse(await readFile(fixture, 'utf8'));
    definition.steps[0].elements[0].pattern = '^(a+)+$';
    definition.flow.start = 'nowhere';
    const file = await tempFile('bad.json', JSON.stringify(definition));
    const run = await hoso('check', file, '--json');
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(
      report.problems.map((p: { pointer: string; code: string }) => `${p.pointer} ${p.code}`),
      ['/steps/0/elements/0/pattern pattern-nested-quantifier', '/flow/start unknown-stage'],
    );
    assert.ok(
      report.problems.every(
        (p: { message: { vi: string; en: string } }) => p.message.vi && p.message.en,
      ),
    );
  });

  it('reports unreadable files and invalid JSON in one line, exit 2', async () => {
    const missing = await hoso('check', '/nonexistent/definition.json');
    assert.equal(missing.code, 2);
    assert.equal(
      missing.stderr.trim(),
      'hoso check: cannot read /nonexistent/definition.json: no such file',
    );
    const broken = await tempFile('broken.json', '{\n  "id": "x",\n  oops\n}');
    const invalid = await hoso('check', broken);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /is not valid JSON: .* at line 3, column 3\n$/);
    assert.equal(invalid.stderr.trim().split('\n').length, 1);
  });

  it('speaks Vietnamese to a Vietnamese terminal', async () => {
    const missing = await hosoIn('vi', 'check', '/nonexistent/definition.json');
    assert.equal(
      missing.stderr.trim(),
      'hoso check: không đọc được /nonexistent/definition.json: không có tệp này',
    );
    const bad = await tempFile('def.json', JSON.stringify({ id: 'x' }));
    const invalid = await hosoIn('vi', 'validate', bad, bad);
    assert.match(invalid.stderr, /không phải một định nghĩa hợp lệ \(chạy hoso check\):\n {2}\/ /);
    assert.doesNotMatch(invalid.stderr, /is not a valid|required property/);
    const option = await hosoIn('vi', 'check', fixture, '--jsn');
    assert.equal(option.stderr.trim(), 'hoso check: không có tuỳ chọn --jsn');
    const help = await hosoIn('vi', '--help');
    assert.match(help.stdout, /^hoso — kiểm tra, xác thực/);
    assert.match(help.stdout, /mã thoát: 0/);
  });

  it('rejects wrong arguments without a stack trace', async () => {
    for (const args of [['check'], ['check', fixture, '--jsn'], ['frobnicate'], []]) {
      const run = await hoso(...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.doesNotMatch(run.stderr + run.stdout, /\bat .*\.js:\d+/);
    }
  });
});

describe('hoso validate', () => {
  it('prints the pipeline result and exits 0 for valid data', async () => {
    const data = await tempFile('data.json', JSON.stringify(validData));
    const run = await hoso('validate', fixture, data, '--today', '2026-11-22');
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.valid, true);
    assert.equal(result.fees.total, 58000);
  });

  it('exits 1 with field errors for invalid data', async () => {
    const data = await tempFile('data.json', JSON.stringify({ ...validData, idNumber: '123' }));
    const run = await hoso('validate', fixture, data);
    assert.equal(run.code, 1);
    const result = JSON.parse(run.stdout);
    assert.deepEqual(result.errors[0].path, 'idNumber');
    assert.deepEqual(result.errors[0].code, 'format.citizen-id');
  });

  it('refuses an invalid definition and a malformed --today', async () => {
    const bad = await tempFile('def.json', JSON.stringify({ id: 'x' }));
    const data = await tempFile('data.json', '{}');
    const run = await hoso('validate', bad, data);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /is not a valid definition \(run hoso check\):\n {2}\/ \[schema.required\]/,
    );
    const today = await hoso('validate', fixture, data, '--today', '22/11/2026');
    assert.equal(today.code, 2);
    assert.match(today.stderr, /--today must be a date like/);
  });
});

describe('hoso types and hoso compile', () => {
  it('generates TypeScript types of the submission data', async () => {
    const run = await hoso('types', fixture);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /export interface TestHouseholdData \{/);
    assert.match(run.stdout, /fullName: string;/);
    assert.match(run.stdout, /maritalStatus: 'single' \| 'divorced';/);
  });

  it('writes the schema, a standalone validator and the types', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hoso-compile-'));
    const run = await hoso('compile', fixture, '--out', out);
    assert.equal(run.code, 0, run.stderr);
    const base = join(out, 'test-household@1.2.0');
    const validator = await readFile(`${base}.validator.js`, 'utf8');
    assert.doesNotMatch(validator, /new Function|\beval\(|\brequire\(/);
    const schema = JSON.parse(await readFile(`${base}.schema.json`, 'utf8'));
    assert.equal(schema.$id, 'https://hoso.dev/procedures/test-household/1.2.0/data.json');
    assert.match(await readFile(`${base}.d.ts`, 'utf8'), /export interface TestHouseholdData/);
  });
});
