import type { Meta } from '@storybook/web-components-vite';
import {
  fieldStory,
  renderField,
  type FieldArgs,
  type FieldStorySpec,
} from '../../../../../.storybook/field-stories.js';
import './text-field.js';

const spec: FieldStorySpec = {
  tag: 'hoso-text-field',
  element: {
    type: 'text',
    key: 'fullName',
    label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
    hint: { vi: 'Ghi đúng như trên căn cước.', en: 'As written on your ID card.' },
    autocomplete: 'name',
    required: true,
  },
  empty: '',
  filled: 'Nguyễn Thị Thu Hà',
  error: { code: 'required', vi: 'Nhập họ và tên của bạn.', en: 'Enter your full name.' },
};

const meta: Meta<FieldArgs> = {
  title: 'Fields/Text field',
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

/** A longer answer: the textarea kind. */
export const Textarea = {
  args: {
    ...Filled.args,
    element: {
      type: 'textarea',
      key: 'reason',
      label: { vi: 'Lý do', en: 'Reason' },
      rows: 4,
    },
    value: 'Cần bản sao để làm thủ tục nhận con nuôi.',
    required: false,
  },
};
