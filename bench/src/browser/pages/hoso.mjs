// Hoso: <hoso-procedure> with the definition and its precompiled validator (no eval: the page
// is served under a strict Content-Security-Policy).
/* global location  -- runs in the page */
import { HosoProcedure } from '@hoso/elements';
import { runBenchPage } from '../harness.mjs';

/** @type {HTMLElement & Record<string, any>} */
let procedure;

/** The field host drawing `key`, inside the procedure's form. */
function host(key) {
  const form = procedure?.shadowRoot?.querySelector('hoso-form');
  return form?.shadowRoot?.querySelector(`[name="${key}"]`) ?? null;
}

runBenchPage(
  'hoso',
  {
    render(container, { form, loaded }) {
      procedure = new HosoProcedure();
      procedure.lang = 'en';
      procedure.today = '2026-12-01';
      procedure.schemaValidator = loaded.default;
      procedure.definition = form;
      container.append(procedure);
    },
    field: host,
    control: (key) => host(key)?.shadowRoot?.querySelector('input, textarea, select'),
    errorShown: (key) => !!host(key)?.shadowRoot?.querySelector('[aria-invalid="true"]'),
    validateAll() {
      // The citizen's "Continue": the step's errors are shown, with the error summary.
      const next = procedure.shadowRoot.querySelector('button.continue');
      if (!next) throw new Error('hoso: no Continue button');
      next.click();
    },
  },
  // The validator is per form (`hoso compile` writes it); loaded by URL, not bundled.
  { load: (fields) => import(new URL(`forms/hoso-${fields}.validator.js`, location.href).href) },
);
