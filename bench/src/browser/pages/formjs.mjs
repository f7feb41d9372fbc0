// form-js (@bpmn-io/form-js-viewer): a Form imported from the schema; submit() validates and
// shows the errors.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { runBenchPage } from '../harness.mjs';

/** @type {any} */
let form;
/** @type {HTMLElement} */
let root;

/** The form-field wrapper holding the control of component `Field_<key>` (`…-date` for dates). */
const field = (key) =>
  root
    ?.querySelector(`[id$="-Field_${key}"], [id$="-Field_${key}-date"]`)
    ?.closest('.fjs-form-field') ?? null;

runBenchPage('formjs', {
  async render(container, schema) {
    root = container;
    form = new Form({ container });
    await form.importSchema(schema);
  },
  field,
  control: (key) => field(key)?.querySelector('input, textarea'),
  errorShown: (key) => !!field(key)?.querySelector('[aria-invalid="true"]'),
  validateAll: () => form.submit(),
});
