import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hoso } from '../test-support/run-hoso.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const base = join(root, 'examples/overlays/dang-ky-khai-sinh/definition.json');

/** The vendors' guide walks through a province overlay: its sample and commands must work. */
describe("the vendors' guide", () => {
  it('its sample overlay resolves against the example base into a definition that passes', async () => {
    const guide = await readFile(join(root, 'docs/vendors/overlays-and-versions.md'), 'utf8');
    const sample = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
    assert.ok(sample, 'the guide shows an overlay');
    const dir = await mkdtemp(join(tmpdir(), 'hoso-vendors-'));
    const overlay = join(dir, 'ha-noi.overlay.json');
    await writeFile(overlay, sample);
    const out = join(dir, 'ha-noi-1.0.0.json');
    const resolved = await hoso('resolve', base, overlay, '--out', out);
    assert.equal(resolved.code, 0, resolved.stdout + resolved.stderr);
    const check = await hoso('check', out);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    const definition = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(definition.code, '1.001193.000.00.00.H26', 'the overlay set the code');
  });

  it('its first commands run as written from the repository root', async () => {
    const guide = await readFile(join(root, 'docs/vendors/overlays-and-versions.md'), 'utf8');
    const commands = [...guide.matchAll(/```sh\n([\s\S]*?)\n```/g)]
      .map((m) => m[1]!.replace(/\\\n\s*/g, ''))
      .flatMap((block) => block.split('\n'))
      .filter((line) => line.startsWith('hoso ') && line.includes('examples/'));
    assert.ok(commands.length >= 2, commands.join('\n'));
    const dir = await mkdtemp(join(tmpdir(), 'hoso-vendors-'));
    for (const command of commands) {
      const args = command
        .split(/\s+/)
        .slice(1)
        .map((arg) => (arg.startsWith('examples/') ? join(root, arg) : arg))
        .map((arg) => (arg.endsWith('.json') && !arg.startsWith(root) ? join(dir, arg) : arg));
      const run = await hoso(...args);
      assert.equal(run.code, 0, `${command}\n${run.stdout}${run.stderr}`);
    }
  });
});
