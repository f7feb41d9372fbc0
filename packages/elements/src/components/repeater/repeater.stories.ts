import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ValidationError } from '@hoso/core/precompiled';
import type { RepeaterDefinition } from './repeater.js';
import '../text-field/text-field.js';
import './repeater.js';

interface RepeaterArgs {
  element: RepeaterDefinition;
  value: { fullName: string }[];
  errors: ValidationError[];
  disabled: boolean;
  readonly: boolean;
}

const children: RepeaterDefinition = {
  type: 'repeater',
  key: 'children',
  label: { vi: 'Con chung', en: 'Children together' },
  hint: { vi: 'Thêm mỗi người con một mục.', en: 'Add one item per child.' },
  itemLabel: { vi: 'Con', en: 'Child' },
  minItems: 1,
  maxItems: 5,
};

// Each item's fields go in its `item-<index>` slot, as <hoso-form> places them.
const meta: Meta<RepeaterArgs> = {
  title: 'Content/Repeater',
  component: 'hoso-repeater',
  args: { element: children, value: [], errors: [], disabled: false, readonly: false },
  render: (args) =>
    html`<hoso-repeater
      name="children"
      .element=${args.element}
      .value=${args.value}
      .errors=${args.errors}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    >
      ${args.value.map(
        (item, index) =>
          html`<hoso-text-field
            slot="item-${index}"
            .element=${{ type: 'text', key: 'fullName', label: { vi: 'Họ và tên', en: 'Full name' } }}
            .value=${item.fullName}
            ?disabled=${args.disabled}
          ></hoso-text-field>`,
      )}
    </hoso-repeater>`,
};
export default meta;

type Story = StoryObj<RepeaterArgs>;

const two = [{ fullName: 'Trần Minh An' }, { fullName: 'Trần Minh Châu' }];
const tooFew: ValidationError = {
  path: 'children',
  pointer: '/children',
  code: 'minItems',
  message: { vi: 'Thêm ít nhất một người con.', en: 'Add at least one child.' },
};

export const Empty: Story = {};
export const EmptyEnglish: Story = { globals: { locale: 'en' } };
export const Filled: Story = { args: { value: two } };
export const FilledEnglish: Story = { args: { value: two }, globals: { locale: 'en' } };
export const WithError: Story = { args: { errors: [tooFew] } };
export const WithErrorEnglish: Story = { args: { errors: [tooFew] }, globals: { locale: 'en' } };
export const Disabled: Story = { args: { value: two, disabled: true } };
/** Read-only: the items without add, remove or move buttons; their fields read-only. */
export const ReadOnly: Story = { args: { value: two, readonly: true } };
export const ReadOnlyEnglish: Story = { ...ReadOnly, globals: { locale: 'en' } };
