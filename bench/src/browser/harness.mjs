// The in-page half of the benchmark, shared by every library's page. The page's adapter knows
// how its library draws the form; this file times the same three moments for all of them:
// first render, the driver's update of its dependent fields, and validate-all.
/* global document, window, location, InputEvent -- runs in the page */

/**
 * @typedef {import('../spec.mjs').FormSpec} FormSpec
 * @typedef {{
 *   render(container: HTMLElement, form: any, spec: FormSpec): unknown,
 *   field(key: string): Element | null | undefined,
 *   control(key: string): HTMLInputElement | HTMLTextAreaElement | null | undefined,
 *   errorShown(key: string): boolean,
 *   validateAll(): unknown,
 * }} Adapter
 */

/** Yields one task (faster than setTimeout, which is clamped after a few nested calls). */
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(undefined);
    channel.port2.postMessage(undefined);
  });
}

/**
 * Waits until `done()` holds, checking first after pending microtasks (libraries that batch DOM
 * updates into one, as Lit and Vue do, are done then), then after every task; throws after
 * `timeoutMs`. Checking only after tasks would let the browser paint a frame in between and
 * count that idle wait as the library's work.
 */
async function settle(/** @type {() => boolean} */ done, what, timeoutMs = 60_000) {
  const start = performance.now();
  for (let turn = 0; turn < 20 && !done(); turn++) await Promise.resolve();
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
  // Style and layout of the new DOM belong to the update.
  document.body.getBoundingClientRect();
}

function shown(/** @type {Element | null | undefined} */ element) {
  return !!element && element.isConnected && element.checkVisibility();
}

/**
 * Types `value` and leaves the field (input, change, blur), as a citizen does: SurveyJS, for
 * one, takes a text answer on blur. The value goes through the element's own prototype setter,
 * so frameworks that track `.value` see it.
 */
function typeInto(/** @type {HTMLInputElement | HTMLTextAreaElement} */ control, value) {
  const prototype = Object.getPrototypeOf(control);
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  control.focus();
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.blur();
}

/**
 * The first text a fresh page lays out pays for font lookup (hundreds of milliseconds here);
 * pay it before any library's clock starts.
 */
function warmUpLayout() {
  const sample = document.createElement('form');
  sample.innerHTML =
    '<label>Warm-up <input></label><select><option>a</option></select><textarea></textarea>' +
    '<input type="checkbox"><input type="date"><input type="number"><button>OK</button>';
  document.body.append(sample);
  sample.getBoundingClientRect();
  sample.remove();
}

/**
 * Loads the library's form for `?fields=N`, renders it and exposes `window.bench` for the
 * driver: `rendered` (a promise of the render time), `update()` and `validate()`.
 * @param {string} library
 * @param {Adapter} adapter
 * @param {{ load?: (fields: number) => Promise<unknown> }} [extra] what else the library needs
 */
export function runBenchPage(library, adapter, extra = {}) {
  const fields = Number(new URL(location.href).searchParams.get('fields'));
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  const rendered = (async () => {
    const [spec, form, loaded] = await Promise.all([
      fetch(`forms/spec-${fields}.json`).then((r) => r.json()),
      fetch(`forms/${library}-${fields}.json`).then((r) => r.json()),
      extra.load?.(fields),
    ]);
    const keys = spec.fields.map((f) => f.key);
    const last = keys[keys.length - 1];
    warmUpLayout();
    const container = document.createElement('main');
    document.body.append(container);
    const start = performance.now();
    await adapter.render(container, loaded === undefined ? form : { form, loaded }, spec);
    await settle(
      () => shown(adapter.field(last)) && keys.every((k) => shown(adapter.field(k))),
      'every field to show',
    );
    const renderMs = performance.now() - start;
    return { spec, renderMs };
  })();

  window.bench = {
    violations,
    rendered: rendered.then(({ renderMs }) => ({ renderMs })),
    async update() {
      const { spec } = await rendered;
      const hidden = spec.fields.filter((f) => f.dependent).map((f) => f.key);
      const last = hidden[hidden.length - 1];
      const control = adapter.control(spec.driver);
      if (!control) throw new Error(`${library}: no control for the driver ${spec.driver}`);
      const start = performance.now();
      typeInto(control, spec.hidingValue);
      await settle(
        () => !shown(adapter.field(last)) && hidden.every((k) => !shown(adapter.field(k))),
        'the dependent fields to hide',
      );
      return { updateMs: performance.now() - start, dependents: hidden.length };
    },
    async validate() {
      const { spec } = await rendered;
      const required = spec.fields.filter(
        (f) => f.required && !f.dependent && f.key !== spec.driver && f.kind !== 'date',
      );
      const probes = [required[0].key, required[required.length - 1].key];
      const start = performance.now();
      await adapter.validateAll();
      await settle(() => probes.every((k) => adapter.errorShown(k)), 'errors to show');
      return { validateMs: performance.now() - start };
    },
  };
}
