import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compile } from '../src/index.js';
import { toNfc } from '../src/validate/nfc.js';

const SAMPLES: Record<string, string> = {
  ascii: 'Answer 12, person7@example.vn',
  'Latin-1 and Latin Extended': 'Ça été Ærøskøbing Łódź ʃʊ˘',
  'precomposed Vietnamese': 'Nguyễn Thị Hoa, 12 Hàng Bạc',
  'decomposed Vietnamese': 'Nguye\u0302\u0303n',
  'decomposed Vietnamese (NFD of a whole name)': 'Nguyễn Thị Hoa'.normalize('NFD'),
  mixed: `Answer 3: ${'Trần Đức Thắng'.normalize('NFD')} / Phạm Thu Hương — 东京`,
  'a lone combining mark': '\u0301',
  'a canonical singleton': '\u212b', // ANGSTROM SIGN → Å
};

describe('toNfc', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`gives what normalize('NFC') gives: ${name}`, () => {
      assert.equal(toNfc(text), text.normalize('NFC'));
    });
  }

  it('composes decomposed Vietnamese', () => {
    assert.equal(toNfc('Nguye\u0302\u0303n'), 'Nguyễn');
  });

  it('is right for every pair of code units below U+0300, the ones it does not normalise', () => {
    // The skipped range must be closed under NFC: no character in it decomposes, and no two
    // of them compose, so any string of them is unchanged.
    const mismatches: string[] = [];
    for (let a = 0; a < 0x300; a++) {
      for (let b = 0; b < 0x300; b++) {
        const text = String.fromCharCode(a, b);
        if (text.normalize('NFC') !== text) mismatches.push(text);
      }
    }
    assert.deepEqual(mismatches, []);
    assert.equal(toNfc('\u02ff\u0300'), '\u02ff\u0300'.normalize('NFC'));
    assert.equal(toNfc('e\u0300'), 'è');
  });
});

describe('the pipeline normalises answers to NFC', () => {
  const definition = JSON.parse(
    readFileSync(new URL('../../test/fixtures/household.json', import.meta.url), 'utf8'),
  );
  const procedure = compile(definition);
  const valid = {
    fullName: 'Nguyễn Thị Hoa',
    birthDate: '1990-05-17',
    idNumber: '001190012345',
    maritalStatus: 'single',
    address: { residence: { province: '01', commune: '00004', street: '12 Hàng Bạc' } },
    copyCount: 2,
    declaration: true,
    $delivery: 'post',
    $documents: { idCard: [{ name: 'căn cước.pdf', type: 'application/pdf', size: 2048 }] },
  };

  for (const [name, fullName] of Object.entries(SAMPLES).slice(0, 6)) {
    it(`in fields and nested objects: ${name}`, () => {
      const street = `12 ${fullName}`;
      const submission = {
        ...valid,
        fullName,
        address: { residence: { ...valid.address.residence, street } },
      };
      const result = procedure.validate(submission, { today: '2026-11-22' });
      assert.equal(result.data['fullName'], fullName.normalize('NFC').trim());
      assert.deepEqual(result.data['address'], {
        residence: { ...valid.address.residence, street: street.normalize('NFC') },
      });
      // The caller's submission is left as it was.
      assert.equal(submission.fullName, fullName);
    });
  }
});
