import type { Meta } from '@storybook/web-components-vite';
import {
  fieldStory,
  renderField,
  type FieldArgs,
  type FieldStorySpec,
} from '../../../../../.storybook/field-stories.js';
import './file-field.js';

const spec: FieldStorySpec = {
  tag: 'hoso-file-field',
  element: {
    type: 'file',
    key: 'sitePlan',
    label: { vi: 'Bản vẽ mặt bằng', en: 'Site plan' },
    hint: { vi: 'PDF hoặc ảnh JPEG, tối đa 5 MB.', en: 'PDF or JPEG image, up to 5 MB.' },
    required: true,
    ...{ accept: ['application/pdf', 'image/jpeg'], maxSizeBytes: 5242880, maxFiles: 2 },
  },
  empty: [],
  filled: [{ name: 'ban-ve-mat-bang.pdf', type: 'application/pdf', size: 1288490 }],
  error: {
    code: 'required',
    vi: 'Đính kèm bản vẽ mặt bằng.',
    en: 'Attach the site plan.',
  },
};

const meta: Meta<FieldArgs> = {
  title: 'Fields/File field',
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
