import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ContentDefinition } from './content.js';
import './content.js';

interface ContentArgs {
  element: ContentDefinition;
}

const guidance: ContentDefinition = {
  type: 'content',
  key: 'beforeYouStart',
  text: {
    vi: '### Trước khi bắt đầu\n\nChuẩn bị **căn cước** của hai bên. Hồ sơ gồm:\n\n- tờ khai (điền trực tuyến);\n- giấy xác nhận tình trạng hôn nhân, *nếu* một bên cư trú ở xã khác.\n\nXem [Luật Hộ tịch](https://vbpl.vn/).',
    en: '### Before you start\n\nHave both partners’ **ID cards** ready. The dossier holds:\n\n- the declaration (filled in online);\n- a certificate of marital status, *if* a partner lives in another commune.\n\nSee the [Civil Status Law](https://vbpl.vn/).',
  },
};

// Analyst-written text, always read-only for the citizen.
const meta: Meta<ContentArgs> = {
  title: 'Content/Content',
  component: 'hoso-content',
  args: { element: guidance },
  render: (args) => html`<hoso-content .element=${args.element}></hoso-content>`,
};
export default meta;

type Story = StoryObj<ContentArgs>;

export const Filled: Story = {};
export const FilledEnglish: Story = { globals: { locale: 'en' } };

/** Raw HTML and script links in a definition stay harmless text. */
export const HostileText: Story = {
  args: {
    element: {
      type: 'content',
      key: 'hostile',
      text: { vi: '<img src=x onerror=alert(1)> [bấm vào đây](javascript:alert(1))' },
    },
  },
};
