import type { Meta } from '@storybook/web-components-vite';
import {
  fieldStory,
  renderField,
  type FieldArgs,
  type FieldStorySpec,
} from '../../../../../.storybook/field-stories.js';
import './date-field.js';

const spec: FieldStorySpec = {
  tag: 'hoso-date-field',
  element: {
    type: 'date',
    key: 'birthDate',
    label: { vi: 'Ngày sinh', en: 'Date of birth' },
    hint: { vi: 'Ví dụ 27/03/1990.', en: 'For example 27/03/1990.' },
    autocomplete: 'bday',
    required: true,
  },
  empty: '',
  filled: '1990-03-27',
  error: {
    code: 'maximum.date',
    vi: 'Ngày sinh phải trước hôm nay.',
    en: 'Date of birth must be in the past.',
  },
};

const meta: Meta<FieldArgs> = {
  title: 'Fields/Date field',
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
