import type { Meta } from '@storybook/web-components-vite';
import {
  fieldStory,
  renderField,
  type FieldArgs,
  type FieldStorySpec,
} from '../../../../../.storybook/field-stories.js';
import './checkbox-field.js';

const spec: FieldStorySpec = {
  tag: 'hoso-checkbox-field',
  element: {
    type: 'checkbox',
    key: 'declaration',
    label: {
      vi: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật.',
      en: 'I declare that the information above is true.',
    },
    required: true,
  },
  empty: false,
  filled: true,
  error: {
    code: 'required',
    vi: 'Đánh dấu vào ô cam đoan để tiếp tục.',
    en: 'Tick the declaration to continue.',
  },
};

const meta: Meta<FieldArgs> = {
  title: 'Fields/Checkbox field',
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
