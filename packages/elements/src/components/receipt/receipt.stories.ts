import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DossierReceipt } from './receipt.js';
import './receipt.js';

interface ReceiptArgs {
  receipt: DossierReceipt;
  secret: string | undefined;
}

const received: DossierReceipt = {
  code: 'HS-2026-000123',
  procedure: { id: 'dang-ky-ket-hon', version: '1.0.0' },
  receivedOn: '2026-11-23',
  dueOn: '2026-11-26',
  documents: [{ key: 'idCard', name: 'can-cuoc.pdf' }],
  fees: { total: 16000 },
};

// Shown after submission; read-only.
const meta: Meta<ReceiptArgs> = {
  title: 'Wizard/Receipt',
  component: 'hoso-receipt',
  args: { receipt: received, secret: undefined },
  render: (args) =>
    html`<hoso-receipt .receipt=${args.receipt} .secret=${args.secret}></hoso-receipt>`,
};
export default meta;

type Story = StoryObj<ReceiptArgs>;

export const Filled: Story = {};
export const FilledEnglish: Story = { globals: { locale: 'en' } };

/** A citizen without an account tracks the dossier with its code and a secret. */
export const WithTrackingSecret: Story = { args: { secret: 'k7Q2-9xLm' } };
export const WithTrackingSecretEnglish: Story = {
  args: { secret: 'k7Q2-9xLm' },
  globals: { locale: 'en' },
};
