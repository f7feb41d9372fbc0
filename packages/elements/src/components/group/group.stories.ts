import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GroupDefinition } from './group.js';
import '../text-field/text-field.js';
import '../date-field/date-field.js';
import './group.js';

interface GroupArgs {
  element: GroupDefinition;
  name: string;
  birthDate: string;
  disabled: boolean;
  readonly: boolean;
}

const bride: GroupDefinition = {
  type: 'group',
  key: 'bride',
  label: { vi: 'Bên nữ', en: 'Bride' },
  hint: { vi: 'Thông tin như trên căn cước.', en: 'As on the ID card.' },
};

const meta: Meta<GroupArgs> = {
  title: 'Content/Group',
  component: 'hoso-group',
  args: { element: bride, name: '', birthDate: '', disabled: false, readonly: false },
  render: (args) =>
    html`<hoso-group .element=${args.element} ?readonly=${args.readonly}>
      <hoso-text-field
        .element=${{ type: 'text', key: 'fullName', label: { vi: 'Họ và tên', en: 'Full name' } }}
        .value=${args.name}
        ?disabled=${args.disabled}
        required
      ></hoso-text-field>
      <hoso-date-field
        .element=${{ type: 'date', key: 'birthDate', label: { vi: 'Ngày sinh', en: 'Date of birth' } }}
        .value=${args.birthDate}
        ?disabled=${args.disabled}
        required
      ></hoso-date-field>
    </hoso-group>`,
};
export default meta;

type Story = StoryObj<GroupArgs>;

export const Empty: Story = {};
export const EmptyEnglish: Story = { globals: { locale: 'en' } };
export const Filled: Story = { args: { name: 'Nguyễn Thị Lan Anh', birthDate: '1998-04-12' } };
export const FilledEnglish: Story = { ...Filled, globals: { locale: 'en' } };
export const Disabled: Story = { args: { ...Filled.args, disabled: true } };
/** A read-only group makes its fields read-only: shown and focusable, not changeable. */
export const ReadOnly: Story = { args: { ...Filled.args, readonly: true } };
export const ReadOnlyEnglish: Story = { ...ReadOnly, globals: { locale: 'en' } };

/** Without a label the group is a plain wrapper. */
export const Unlabelled: Story = { args: { element: { type: 'group', key: 'plain' } } };
