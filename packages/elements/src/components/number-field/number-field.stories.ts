import type { Meta } from '@storybook/web-components-vite';
import {
  fieldStory,
  renderField,
  type FieldArgs,
  type FieldStorySpec,
} from '../../../../../.storybook/field-stories.js';
import './number-field.js';

const spec: FieldStorySpec = {
  tag: 'hoso-number-field',
  element: {
    type: 'money',
    key: 'declaredValue',
    label: { vi: 'Giá trị công trình (đồng)', en: 'Value of the works (đồng)' },
    hint: { vi: 'Số tiền làm tròn đến đồng.', en: 'In whole đồng.' },
    required: true,
  },
  empty: undefined,
  filled: 1500000,
  error: {
    code: 'type',
    vi: 'Nhập một số tiền, ví dụ 1.500.000.',
    en: 'Enter an amount, for example 1.500.000.',
  },
};

const meta: Meta<FieldArgs> = {
  title: 'Fields/Number field',
  component: spec.tag,
  render: renderField(spec.tag),
};
export default meta;

export const Empty = fieldStory(spec, 'empty');
export const Filled = fieldStory(spec, 'filled');
export const WithError = fieldStory(spec, 'error');
export const Disabled = fieldStory(spec, 'disabled');
export const EmptyEnglish = fieldStory(spec, 'empty', 'en');
export const FilledEnglish = fieldStory(spec, 'filled', 'en');
export const WithErrorEnglish = fieldStory(spec, 'error', 'en');
export const DisabledEnglish = fieldStory(spec, 'disabled', 'en');
export const ReadOnly = fieldStory(spec, 'readonly');
export const ReadOnlyEnglish = fieldStory(spec, 'readonly', 'en');

/** A plain count: the integer kind, without a unit. */
export const Integer = {
  args: {
    ...Filled.args,
    element: {
      type: 'integer',
      key: 'copyCount',
      label: { vi: 'Số bản sao', en: 'Number of copies' },
    },
    value: 2,
    required: false,
  },
};
