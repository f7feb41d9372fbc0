import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compile, DefinitionError, type ValidationResult } from '../src/index.js';

const definition = JSON.parse(
  readFileSync(new URL('../../test/fixtures/household.json', import.meta.url), 'utf8'),
);
const procedure = compile(definition);
const TODAY = '2026-11-22';

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

function run(data: unknown): ValidationResult {
  return procedure.validate(data, { today: TODAY });
}

function codes(result: ValidationResult): string[] {
  return result.errors.map((e) => `${e.path} ${e.code}`);
}

describe('validation pipeline', () => {
  it('accepts a complete submission and computes fees and computed values', () => {
    const result = run(valid);
    assert.deepEqual(result.errors, []);
    assert.equal(result.valid, true);
    assert.equal(result.data['copyFee'], 16000);
    assert.deepEqual(
      result.fees.lines.map((l) => [l.key, l.amount]),
      [
        ['registration', 50000],
        ['copies', 16000],
      ],
    );
    assert.equal(result.fees.total, 66000);
    assert.deepEqual(result.requiredDocuments, ['idCard']);
  });

  it('reports every missing answer at once, in document order, in both languages', () => {
    const result = run({});
    assert.deepEqual(codes(result), [
      'fullName required',
      'birthDate required',
      'idNumber required',
      'maritalStatus required.choice',
      'address.residence required',
      'declaration required.checkbox',
      '$documents.idCard required.file',
      '$delivery required.delivery',
    ]);
    assert.deepEqual(result.errors[0]!.message, {
      vi: 'Nhập họ và tên của bạn.',
      en: 'Enter your full name.',
    });
    assert.deepEqual(result.errors[1]!.message, {
      vi: 'Vui lòng nhập Ngày sinh.',
      en: 'Enter Date of birth.',
    });
    assert.equal(result.errors[0]!.pointer, '/fullName');
  });

  it('normalises to NFC, trims and removes separators from identifiers', () => {
    const decomposed = 'Nguyễn Thị Hoa'.normalize('NFD');
    const result = run({
      ...valid,
      fullName: `  ${decomposed} `,
      idNumber: '001 190 012 345',
      phone: '091.234.5678',
    });
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    assert.equal(result.data['fullName'], 'Nguyễn Thị Hoa');
    assert.equal(result.data['idNumber'], '001190012345');
    assert.equal(result.data['phone'], '0912345678');
  });

  it('drops values of hidden fields and reports which', () => {
    const result = run({ ...valid, divorceDate: '2020-01-01', kids: [{ name: 'An' }] });
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    assert.equal('divorceDate' in result.data, false);
    assert.equal('kids' in result.data, false);
    assert.deepEqual(result.dropped, ['divorceDate', 'kids']);
  });

  it('applies conditional requirements, steps and documents when they are shown', () => {
    const result = run({ ...valid, maritalStatus: 'divorced', kids: [{ name: 'An' }, { age: 3 }] });
    assert.deepEqual(codes(result), [
      'divorceDate required',
      'kids.0.age required',
      'kids.1.name required',
      '$documents.divorce required.file',
    ]);
    assert.deepEqual(result.requiredDocuments, ['idCard', 'divorce']);
  });

  it('never trusts a computed value sent by the client', () => {
    const result = run({ ...valid, copyFee: 1 });
    assert.equal(result.valid, true);
    assert.equal(result.data['copyFee'], 16000);
  });

  it('checks formats, ranges, options, unknown fields and file limits', () => {
    const result = run({
      ...valid,
      fullName: 'x'.repeat(51),
      birthDate: '2026-11-23',
      idNumber: '12345678901',
      phone: '12345',
      maritalStatus: 'widowed',
      copyCount: 11,
      email: 'me@example.com',
      nickname: 'Hoa',
      $documents: {
        idCard: [{ name: 'id.exe', type: 'application/x-msdownload', size: 5 * 1024 * 1024 }],
      },
    });
    assert.deepEqual(codes(result), [
      'fullName maxLength',
      'birthDate maximum.date',
      'idNumber format.citizen-id',
      'phone format.phone',
      'maritalStatus enum',
      'copyCount maximum',
      'email check.notExample',
      'nickname unknown-field',
      '$documents.idCard accept',
      '$documents.idCard maxSizeBytes',
    ]);
    const dateError = result.errors.find((e) => e.code === 'maximum.date')!;
    assert.deepEqual(dateError.message, {
      vi: 'Ngày sinh không được sau ngày 22/11/2026.',
      en: 'Date of birth must be on or before 22/11/2026.',
    });
  });

  it('asks for a repeater minItems whether its list is empty or left out', () => {
    const withMinimum = structuredClone(definition);
    withMinimum.steps[1].elements[0].minItems = 1;
    const strict = compile(withMinimum);
    const divorced = { ...valid, maritalStatus: 'divorced' };
    const absent = strict.validate(divorced, { today: TODAY });
    const empty = strict.validate({ ...divorced, kids: [] }, { today: TODAY });
    assert.ok(codes(absent).includes('kids minItems'), codes(absent).join());
    assert.deepEqual(absent.errors, empty.errors);
    // Hidden, the list is not asked for at all.
    assert.deepEqual(codes(strict.validate(valid, { today: TODAY })), []);
  });

  it('keeps __proto__ and constructor as inert data and reports them as unknown fields', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}',
    );
    const result = run({ ...valid, ...hostile });
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual(codes(result), ['__proto__ unknown-field', 'constructor unknown-field']);
  });

  it('rejects a submission that is not an object', () => {
    for (const input of [null, [], 'text', 42]) {
      const result = run(input);
      assert.equal(result.valid, false);
      assert.equal(result.errors[0]!.code, 'type');
    }
  });

  it('uses the date in Vietnam for "today"', () => {
    const late = run({ ...valid, birthDate: '2026-11-23' });
    assert.equal(late.valid, false);
    const tomorrow = procedure.validate(
      { ...valid, birthDate: '2026-11-23' },
      { today: '2026-11-23' },
    );
    assert.equal(tomorrow.valid, true);
  });

  it('refuses to compile a definition with problems, listing them', () => {
    assert.throws(
      () => compile({ ...definition, steps: [] }),
      (error: unknown) =>
        error instanceof DefinitionError && error.problems[0]!.code === 'schema.minItems',
    );
  });

  it('generates a plain JSON Schema 2020-12 data schema', () => {
    const schema = procedure.dataSchema as { properties: Record<string, unknown> } & Record<
      string,
      unknown
    >;
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema['required'], [
      'fullName',
      'birthDate',
      'idNumber',
      'maritalStatus',
      'address',
      'declaration',
      '$delivery',
    ]);
    assert.equal(schema['additionalProperties'], false);
    assert.deepEqual(schema.properties['$delivery'], { enum: ['counter', 'post'] });
  });

  it('asks for the delivery choice when the definition offers more than one method', () => {
    const { $delivery: _chosen, ...unchosen } = valid;
    const missing = run(unchosen);
    assert.equal(missing.valid, false);
    assert.deepEqual(missing.errors, [
      {
        path: '$delivery',
        pointer: '/$delivery',
        code: 'required.delivery',
        message: {
          vi: 'Vui lòng chọn cách nhận kết quả.',
          en: 'Choose how to receive the result.',
        },
      },
    ]);
    // An empty answer is no choice either.
    assert.deepEqual(codes(run({ ...valid, $delivery: '' })), ['$delivery required.delivery']);
    assert.deepEqual(run(valid).errors, []);
    // A method the definition does not offer is an option error, reported at the same place.
    assert.deepEqual(codes(run({ ...valid, $delivery: 'online' })), ['$delivery enum']);
  });

  it('fills in a single delivery method: the citizen is never asked to choose it', () => {
    const single = compile({ ...definition, delivery: ['post'] });
    assert.deepEqual(single.dataSchema['required'], [
      'fullName',
      'birthDate',
      'idNumber',
      'maritalStatus',
      'address',
      'declaration',
    ]);
    const { $delivery: _chosen, ...unchosen } = valid;
    const result = single.validate(unchosen, { today: TODAY });
    assert.deepEqual(result.errors, []);
    assert.equal(result.data['$delivery'], 'post');
    assert.deepEqual(codes(single.validate({ ...valid, $delivery: 'counter' }, { today: TODAY })), [
      '$delivery enum',
    ]);
  });
});
