import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile, todayInVietnam } from '@hoso/core';
import { loadCorpus } from '../src/node/load-corpus.js';

/** In Node, every corpus submission gets the verdict written next to it. */
describe('parity corpus in Node', async () => {
  for (const procedure of await loadCorpus()) {
    const compiled = compile(procedure.definition);
    for (const submission of procedure.submissions) {
      it(`${procedure.name}: ${submission.name}`, () => {
        const result = compiled.validate(submission.data, { today: submission.today });
        assert.deepEqual(
          { valid: result.valid, errors: result.errors.map((e) => [e.path, e.code]) },
          submission.expect,
        );
      });
    }
  }

  it('takes "today" from the calendar day in Ha Noi, around midnight there', () => {
    assert.equal(todayInVietnam(new Date('2026-11-22T16:59:59.999Z')), '2026-11-22');
    assert.equal(todayInVietnam(new Date('2026-11-22T17:00:00.000Z')), '2026-11-23');
    assert.equal(todayInVietnam(new Date('2026-12-31T17:00:00.000Z')), '2027-01-01');
  });
});
