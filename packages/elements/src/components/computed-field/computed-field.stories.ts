import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ComputedDefinition } from './computed-field.js';
import '../group/group.js';
import './computed-field.js';

interface ComputedArgs {
  element: ComputedDefinition;
  value: unknown;
}

const copyFee: ComputedDefinition = {
  type: 'computed',
  key: 'copyFeeAmount',
  label: { vi: 'Phí cấp bản sao trích lục', en: 'Fee for extract copies' },
  hint: { vi: '8.000 đồng mỗi bản.', en: '8,000 đồng per copy.' },
  valueType: 'money',
};

// Read-only by nature: the value is worked out from other answers, never typed.
const meta: Meta<ComputedArgs> = {
  title: 'Content/Computed value',
  component: 'hoso-computed-field',
  args: { element: copyFee, value: undefined },
  render: (args) =>
    html`<hoso-computed-field .element=${args.element} .value=${args.value}></hoso-computed-field>`,
};
export default meta;

type Story = StoryObj<ComputedArgs>;

/** Nothing to compute from yet. */
export const Empty: Story = {};
export const EmptyEnglish: Story = { globals: { locale: 'en' } };
export const Filled: Story = { args: { value: 16000 } };
export const FilledEnglish: Story = { args: { value: 16000 }, globals: { locale: 'en' } };
/** Inside a read-only group or form a computed value looks as it always does: it is never typed. */
export const ReadOnly: Story = {
  args: { value: 16000 },
  render: (args) =>
    html`<hoso-group readonly>
      <hoso-computed-field .element=${args.element} .value=${args.value}></hoso-computed-field>
    </hoso-group>`,
};
export const ReadOnlyEnglish: Story = { ...ReadOnly, globals: { locale: 'en' } };

/** A yes/no result. */
export const YesNo: Story = {
  args: {
    element: {
      type: 'computed',
      key: 'sameCommune',
      label: { vi: 'Hai bên cư trú cùng xã', en: 'Both partners live in the same commune' },
      valueType: 'boolean',
    },
    value: true,
  },
};
