// react-jsonschema-form (@rjsf/core + @rjsf/validator-ajv8): the dependent fields come from
// the schema's if/else; validateForm() shows every error.
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { runBenchPage } from '../harness.mjs';

/** @type {import('react').RefObject<any>} */
const formRef = createRef();
/** @type {HTMLElement} */
let root;

const control = (key) => root?.querySelector(`#root_${key}`);

runBenchPage('rjsf', {
  render(container, { schema, uiSchema }) {
    root = container;
    createRoot(container).render(
      createElement(Form, { ref: formRef, schema, uiSchema, validator, showErrorList: 'top' }),
    );
  },
  field: (key) => control(key)?.closest('.form-group') ?? null,
  control,
  errorShown: (key) => !!root?.querySelector(`#root_${key}__error`),
  validateAll: () => formRef.current.validateForm(),
});
