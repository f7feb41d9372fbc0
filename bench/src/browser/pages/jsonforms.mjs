// JSON Forms (@jsonforms/react + vanilla renderers): validated as the data changes with errors
// hidden; validate-all switches to showing them.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { runBenchPage } from '../harness.mjs';

/** @type {import('react-dom/client').Root} */
let reactRoot;
/** @type {HTMLElement} */
let root;
let data = {};
/** @type {{ schema: object, uischema: object }} */
let forms;

function draw(validationMode) {
  reactRoot.render(
    createElement(JsonForms, {
      schema: forms.schema,
      uischema: forms.uischema,
      data,
      renderers: vanillaRenderers,
      cells: vanillaCells,
      validationMode,
      onChange: (event) => (data = event.data),
    }),
  );
}

const control = (key) => root?.querySelector(`[id$="/properties/${key}-input"]`);

runBenchPage('jsonforms', {
  render(container, json) {
    root = container;
    forms = json;
    reactRoot = createRoot(container);
    draw('ValidateAndHide');
  },
  field: (key) => control(key)?.closest('.control') ?? null,
  control,
  errorShown: (key) =>
    (control(key)?.closest('.control')?.querySelector('.validation')?.textContent ?? '') !== '',
  validateAll: () => draw('ValidateAndShow'),
});
