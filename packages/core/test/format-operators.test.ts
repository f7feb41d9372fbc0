import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FORMAT_OPERATORS } from '@hoso/schema';
import { KNOWN_OPERATORS } from '../src/index.js';

describe('rule operators', () => {
  it('the evaluator implements every operator the definition format allows', () => {
    const missing = [...FORMAT_OPERATORS].filter((op) => !KNOWN_OPERATORS.has(op));
    assert.deepEqual(missing, []);
  });
});
