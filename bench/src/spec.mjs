// The one neutral form every library is measured on, generated deterministically.
//
// Field i has kind KINDS[i % 7]; a third of the fields (i % 3 === 0, checkboxes excepted: a
// required checkbox means "must be ticked", which the libraries read differently) are
// required; a fifth (i % 5 === 4) are shown only while the driver field f0 is not "no", so at
// 1,000 fields the driver drives 200 visibility rules. Text fields alternate a pattern check,
// numbers carry a minimum and a maximum, text and textarea a maximum length.

export const KINDS = /** @type {const} */ ([
  'text',
  'number',
  'date',
  'email',
  'select',
  'checkbox',
  'textarea',
]);

/** The value typed into the driver that hides every dependent field. */
export const HIDING_VALUE = 'no';
export const DRIVER_KEY = 'f0';
export const OPTIONS = ['a', 'b', 'c'];
export const PATTERN = '^[A-Za-z0-9 ]*$';

/**
 * @typedef {{
 *   key: string, index: number, kind: (typeof KINDS)[number], label: string,
 *   required: boolean, dependent: boolean, pattern?: string, maxLength?: number,
 *   minimum?: number, maximum?: number, options?: string[],
 * }} FieldSpec
 * @typedef {{ count: number, driver: string, hidingValue: string, fields: FieldSpec[] }} FormSpec
 */

/** @param {number} count @returns {FormSpec} */
export function generateSpec(count) {
  if (!Number.isInteger(count) || count < 5)
    throw new Error(`generateSpec: count must be an integer ≥ 5, got ${count}`);
  const fields = Array.from({ length: count }, (_, index) => {
    const kind = KINDS[index % KINDS.length];
    /** @type {FieldSpec} */
    const field = {
      key: `f${index}`,
      index,
      kind,
      label: `Field ${index} (${kind})`,
      required: index % 3 === 0 && kind !== 'checkbox',
      dependent: index % 5 === 4,
    };
    if (kind === 'text') {
      field.maxLength = 100;
      if (index % 14 === 7) field.pattern = PATTERN;
    }
    if (kind === 'textarea') field.maxLength = 2000;
    if (kind === 'number') Object.assign(field, { minimum: 0, maximum: 1000 });
    if (kind === 'select') field.options = OPTIONS;
    return field;
  });
  return { count, driver: DRIVER_KEY, hidingValue: HIDING_VALUE, fields };
}

/** The dependent fields (those the driver shows and hides). */
export function dependents(/** @type {FormSpec} */ spec) {
  return spec.fields.filter((f) => f.dependent);
}

/** A valid value for one field (the driver's value keeps every dependent shown). */
export function sampleValue(/** @type {FieldSpec} */ field) {
  switch (field.kind) {
    case 'text':
      return field.index === 0 ? 'yes' : `Answer ${field.index}`;
    case 'number':
      return (field.index * 7) % 1000;
    case 'date':
      return `20${String(10 + (field.index % 15))}-0${1 + (field.index % 9)}-1${field.index % 10}`;
    case 'email':
      return `person${field.index}@example.vn`;
    case 'select':
      return OPTIONS[field.index % OPTIONS.length];
    case 'checkbox':
      return field.index % 2 === 0;
    case 'textarea':
      return `Line one of answer ${field.index}\nLine two.`;
  }
  throw new Error(`sampleValue: unknown kind ${field.kind}`);
}

/** A valid submission answering every field of the spec. */
export function sampleData(/** @type {FormSpec} */ spec) {
  return Object.fromEntries(spec.fields.map((f) => [f.key, sampleValue(f)]));
}
