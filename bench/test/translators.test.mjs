// The translators give every library a working form: the same fields, required the same way,
// the same dependent fields behind the driver. No timing here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDefinition } from '@hoso/schema';
import { compile } from '@hoso/core';
import { Model } from 'survey-core';
import { createAjv } from '@jsonforms/core';
import { dependents, generateSpec, sampleData } from '../src/spec.mjs';
import { toHoso } from '../src/translate/hoso.mjs';
import { toSurveyJs } from '../src/translate/surveyjs.mjs';
import { toFormJs } from '../src/translate/formjs.mjs';
import { toJsonForms } from '../src/translate/jsonforms.mjs';
import { toRjsf } from '../src/translate/rjsf.mjs';
import { toFormio } from '../src/translate/formio.mjs';
import { buildValidators, TODAY } from '../src/node/validators.mjs';

const spec = generateSpec(50);
const data = sampleData(spec);
const requiredKeys = spec.fields.filter((f) => f.required).map((f) => f.key);
const hidden = { ...data, [spec.driver]: spec.hidingValue };
for (const f of dependents(spec)) delete hidden[f.key];

describe('the neutral spec', () => {
  it('is deterministic and has the promised mix', () => {
    assert.deepEqual(generateSpec(50), spec);
    const big = generateSpec(1000);
    assert.equal(big.fields.length, 1000);
    assert.equal(dependents(big).length, 200);
    assert.equal(new Set(big.fields.map((f) => f.kind)).size, 7);
    assert.ok(big.fields.filter((f) => f.required).length > 250);
  });

  it('rejects a size it cannot build', () => {
    assert.throws(() => generateSpec(2), /count must be an integer/);
  });
});

describe('translators at 50 fields', () => {
  it('Hoso: the definition passes checkDefinition and the sample is valid', () => {
    const definition = toHoso(spec);
    const check = checkDefinition(definition);
    assert.deepEqual(check.problems ?? [], []);
    assert.equal(check.valid, true);
    const procedure = compile(definition);
    assert.deepEqual(procedure.validate(data, { today: TODAY }).errors, []);
    const empty = procedure.validate({}, { today: TODAY });
    assert.deepEqual(
      [...new Set(empty.errors.map((e) => e.path))].sort(),
      [...requiredKeys].sort(),
    );
    assert.deepEqual(procedure.validate(hidden, { today: TODAY }).errors, []);
  });

  it('SurveyJS: one question per field, the dependent ones hide with the driver', () => {
    const survey = new Model(toSurveyJs(spec));
    assert.equal(survey.getAllQuestions().length, 50);
    survey.data = { [spec.driver]: spec.hidingValue };
    assert.equal(survey.getAllQuestions().filter((q) => !q.isVisible).length, 10);
    survey.data = {};
    assert.equal(survey.getAllQuestions().filter((q) => !q.isVisible).length, 0);
  });

  it('JSON Forms and RJSF: the JSON Schemas compile in ajv and judge the sample alike', () => {
    const ajv = createAjv();
    for (const schema of [toJsonForms(spec).schema, toRjsf(spec).schema]) {
      const validate = ajv.compile(schema);
      assert.equal(validate(data), true, JSON.stringify(validate.errors));
      assert.equal(validate(hidden), true, JSON.stringify(validate.errors));
      assert.equal(validate({}), false);
      const missing = (validate.errors ?? [])
        .filter((e) => e.keyword === 'required')
        .map((e) => e.params.missingProperty);
      assert.deepEqual(missing.sort(), [...requiredKeys].sort());
    }
  });

  it('JSON Forms: every field has a control, the dependent ones a HIDE rule', () => {
    const { uischema } = toJsonForms(spec);
    assert.equal(uischema.elements.length, 50);
    assert.equal(uischema.elements.filter((e) => e.rule?.effect === 'HIDE').length, 10);
  });

  it('form-js: one component per field with unique ids, FEEL hide on the dependent ones', () => {
    const schema = toFormJs(spec);
    assert.equal(schema.components.length, 50);
    assert.equal(new Set(schema.components.map((c) => c.id)).size, 50);
    const conditional = schema.components.filter((c) => c.conditional);
    assert.equal(conditional.length, 10);
    assert.ok(conditional.every((c) => c.conditional.hide === '=f0 = "no"'));
  });

  it('Form.io: processing finds exactly the missing required fields', () => {
    assert.equal(toFormio(spec).components.length, 50);
    const validators = buildValidators(spec);
    assert.equal(validators['Form.io'](data), 0);
    assert.equal(validators['Form.io']({}), requiredKeys.length);
  });

  it('every library accepts the valid submission and rejects the empty one', () => {
    for (const [name, validate] of Object.entries(buildValidators(spec))) {
      assert.equal(validate(data), 0, `${name} rejects the sample`);
      assert.ok(validate({}) > 0, `${name} accepts an empty submission`);
    }
  });
});
