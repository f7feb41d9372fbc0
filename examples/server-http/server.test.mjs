// Runs the example as a user would: start it, post a sample, read the verdict.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

const samples = new URL(
  '../procedures/1.009972-cap-giay-phep-xay-dung-nha-o-rieng-le/data/',
  import.meta.url,
);

describe('examples/server-http', () => {
  let child;
  let url;
  before(async () => {
    child = spawn(process.execPath, [new URL('server.mjs', import.meta.url).pathname], {
      env: { ...process.env, PORT: '0' },
    });
    url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        const match = /listening on (\S+)/.exec(String(chunk));
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
    });
  });
  after(() => child.kill());

  const post = async (file) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: await readFile(new URL(file, samples)),
    });

  it('accepts a valid sample with its computed fee', async () => {
    const response = await post('valid/three-floor-new-house.json');
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.valid, true);
    assert.equal(body.fees.total, 75000);
  });

  it('answers an invalid sample with 422 and field errors in both languages', async () => {
    const response = await post('invalid/footprint-larger-than-plot.json');
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.equal(errors[0].path, 'building.footprintArea');
    assert.ok(errors[0].message.vi && errors[0].message.en);
  });
});
