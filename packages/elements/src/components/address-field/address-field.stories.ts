import type { Meta } from '@storybook/web-components-vite';
import {
  fieldStory,
  renderField,
  type FieldArgs,
  type FieldStorySpec,
} from '../../../../../.storybook/field-stories.js';
import { TEST_UNITS } from './test-units.js';
import type { AdministrativeUnits } from './units.js';
import './address-field.js';

const spec: FieldStorySpec = {
  tag: 'hoso-address-field',
  element: {
    type: 'address',
    key: 'residence',
    label: { vi: 'Nơi cư trú', en: 'Place of residence' },
    hint: {
      vi: 'Tỉnh, thành phố; xã, phường, đặc khu; rồi số nhà, đường.',
      en: 'Province or city; commune, ward or special zone; then the street address.',
    },
    required: true,
  },
  empty: undefined,
  filled: { province: '01', commune: '00004', street: 'Số 12 ngõ 45 phố Quán Thánh' },
  error: {
    code: 'required',
    vi: 'Chọn xã, phường hoặc đặc khu.',
    en: 'Choose a commune, ward or special zone.',
  },
};

// A two-province sample in the data-set format; portals load the full list (`units-src`).
const meta: Meta<FieldArgs & { units: AdministrativeUnits }> = {
  title: 'Fields/Address field',
  component: spec.tag,
  args: { units: TEST_UNITS },
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
