// Form.io (@formio/js): Formio.createForm on the form JSON; the submit path validates.
import { Formio } from '@formio/js';
import '@formio/js/dist/formio.form.min.css';
import { runBenchPage } from '../harness.mjs';

/** @type {any} */
let form;
/** @type {HTMLElement} */
let root;

const component = (key) => root?.querySelector(`.formio-component-${key}`);
/** Form.io empties a hidden component and marks it `formio-hidden`, keeping the wrapper. */
const shownComponent = (key) => {
  const element = component(key);
  return element && !element.classList.contains('formio-hidden') ? element : null;
};

runBenchPage('formio', {
  async render(container, json) {
    root = container;
    form = await Formio.createForm(container, json, { noAlerts: true });
  },
  field: shownComponent,
  control: (key) => component(key)?.querySelector('input, textarea, select'),
  errorShown: (key) => !!component(key)?.querySelector('.formio-errors .error'),
  validateAll: () => form.submit().catch(() => undefined),
});
