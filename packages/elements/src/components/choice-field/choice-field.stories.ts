import type { Meta } from '@storybook/web-components-vite';
import {
  fieldStory,
  renderField,
  type FieldArgs,
  type FieldStorySpec,
} from '../../../../../.storybook/field-stories.js';
import './choice-field.js';

const options = [
  { value: 'single', label: { vi: 'Chưa kết hôn', en: 'Single' } },
  { value: 'divorced', label: { vi: 'Đã ly hôn', en: 'Divorced' } },
  { value: 'widowed', label: { vi: 'Vợ/chồng đã chết', en: 'Widowed' } },
];

const spec: FieldStorySpec = {
  tag: 'hoso-choice-field',
  element: {
    type: 'radio',
    key: 'maritalStatus',
    label: { vi: 'Tình trạng hôn nhân', en: 'Marital status' },
    hint: { vi: 'Chọn một.', en: 'Choose one.' },
    required: true,
    options,
  },
  empty: undefined,
  filled: 'divorced',
  error: {
    code: 'required',
    vi: 'Chọn tình trạng hôn nhân.',
    en: 'Choose your marital status.',
  },
};

const meta: Meta<FieldArgs> = {
  title: 'Fields/Choice field',
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

const select = { ...spec, element: { ...spec.element, type: 'select' } };
/** The same choice as a drop-down list. */
export const Select = fieldStory(select, 'filled');
export const SelectWithError = fieldStory(select, 'error');

const checkboxes: FieldStorySpec = {
  ...spec,
  element: {
    type: 'checkboxes',
    key: 'delivery',
    label: { vi: 'Nhận kết quả', en: 'Receive the result' },
    required: true,
    options: [
      { value: 'counter', label: { vi: 'Tại bộ phận một cửa', en: 'At the one-stop office' } },
      { value: 'post', label: { vi: 'Qua dịch vụ bưu chính', en: 'By post' } },
      { value: 'online', label: { vi: 'Trực tuyến', en: 'Online' } },
    ],
  },
  filled: ['counter', 'online'],
  error: { code: 'required', vi: 'Chọn ít nhất một cách.', en: 'Choose at least one way.' },
};
/** Several answers: checkboxes in a fieldset. */
export const Checkboxes = fieldStory(checkboxes, 'filled');
export const CheckboxesWithError = fieldStory(checkboxes, 'error');
export const CheckboxesEnglish = fieldStory(checkboxes, 'filled', 'en');
