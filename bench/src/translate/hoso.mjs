// Spec → Hoso procedure definition: one step holding every field; dependent fields carry a
// JSON Logic `visibleWhen` on the driver.

/** @typedef {import('../spec.mjs').FormSpec} FormSpec @typedef {import('../spec.mjs').FieldSpec} FieldSpec */

/** @param {FormSpec} spec */
export function toHoso(spec) {
  return {
    formatVersion: 1,
    id: `bench-${spec.count}-fields`,
    version: '1.0.0',
    code: '1.000001',
    title: {
      vi: `Biểu mẫu đo hiệu năng (${spec.count} trường)`,
      en: `Benchmark form (${spec.count} fields)`,
    },
    agency: { name: { vi: 'Cơ quan thử nghiệm', en: 'Test agency' }, level: 'commune' },
    serviceLevel: 'full',
    processingTime: { workingDays: 1 },
    steps: [
      {
        key: 'form',
        title: { vi: 'Biểu mẫu', en: 'Form' },
        elements: spec.fields.map((field) => element(field, spec)),
      },
    ],
    flow: {
      start: 'receive',
      roles: [{ key: 'officer', title: { vi: 'Công chức', en: 'Officer' } }],
      stages: [
        {
          key: 'receive',
          title: { vi: 'Tiếp nhận', en: 'Receive' },
          role: 'officer',
          durationDays: 1,
          transitions: [{ action: 'approve', to: 'done' }],
        },
        { key: 'done', title: { vi: 'Hoàn thành', en: 'Done' }, outcome: 'completed' },
      ],
    },
  };
}

/** @param {FieldSpec} field @param {FormSpec} spec */
function element(field, spec) {
  /** @type {Record<string, unknown>} */
  const out = {
    type: field.kind,
    key: field.key,
    label: { vi: `Trường ${field.index}`, en: field.label },
  };
  if (field.required) out.required = true;
  if (field.dependent) out.visibleWhen = { '!=': [{ var: spec.driver }, spec.hidingValue] };
  if (field.pattern !== undefined) out.pattern = field.pattern;
  if (field.maxLength !== undefined) out.maxLength = field.maxLength;
  if (field.minimum !== undefined) out.minimum = field.minimum;
  if (field.maximum !== undefined) out.maximum = field.maximum;
  if (field.options)
    out.options = field.options.map((value) => ({
      value,
      label: { vi: `Lựa chọn ${value}`, en: `Option ${value}` },
    }));
  return out;
}
