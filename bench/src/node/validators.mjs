// One validate(data) → error count function per library, as each one validates a submission in
// Node: built once from the spec, then called per submission.
import { compile, createAjv } from '@hoso/core';
import { Model } from 'survey-core';
import { processSync, Processors } from '@formio/core';
import validatorAjv8 from '@rjsf/validator-ajv8';
import { createAjv as createJsonFormsAjv, validate as jsonFormsValidate } from '@jsonforms/core';
import { toHoso } from '../translate/hoso.mjs';
import { toSurveyJs } from '../translate/surveyjs.mjs';
import { toFormio } from '../translate/formio.mjs';
import { toRjsf } from '../translate/rjsf.mjs';
import { toJsonForms } from '../translate/jsonforms.mjs';

/** The date "today" means in Hoso's date bounds, fixed so runs compare. */
export const TODAY = '2026-12-01';

/** @typedef {(data: Record<string, unknown>) => number} CountErrors */

/**
 * @param {import('../spec.mjs').FormSpec} spec
 * @returns {Record<string, CountErrors>} by library name
 */
export function buildValidators(spec) {
  const procedure = compile(toHoso(spec));
  const bareAjv = createAjv().compile(procedure.dataSchema);

  const survey = new Model(toSurveyJs(spec));

  const formio = toFormio(spec);

  const rjsf = toRjsf(spec);
  const rjsfValidator = validatorAjv8.default ?? validatorAjv8;

  const jsonForms = toJsonForms(spec);
  const jsonFormsValidator = createJsonFormsAjv().compile(jsonForms.schema);

  return {
    'bare ajv': (data) => (bareAjv(data) ? 0 : (bareAjv.errors?.length ?? 0)),
    Hoso: (data) => procedure.validate(data, { today: TODAY }).errors.length,
    SurveyJS: (data) => {
      survey.data = data;
      survey.validate(true);
      return survey.getAllQuestions().reduce((n, q) => n + q.errors.length, 0);
    },
    'Form.io': (data) => {
      /** @type {{ errors?: unknown[] }} */
      const scope = {};
      processSync({
        components: formio.components,
        data: structuredClone(data),
        processors: Processors,
        scope,
        config: { server: true },
      });
      return scope.errors?.length ?? 0;
    },
    RJSF: (data) => rjsfValidator.validateFormData(data, rjsf.schema).errors.length,
    'JSON Forms': (data) => jsonFormsValidate(jsonFormsValidator, data).length,
  };
}
