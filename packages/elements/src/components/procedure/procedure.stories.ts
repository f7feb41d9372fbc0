import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  continueToReview,
  continueUntil,
  example,
  pressContinue,
  renderProcedure,
  type ProcedureArgs,
} from '../../../../../.storybook/procedure-stories.js';
import './procedure.js';

const MARRIAGE = '1.000894-dang-ky-ket-hon';

const meta: Meta<ProcedureArgs> = {
  title: 'Wizard/Procedure',
  component: 'hoso-procedure',
  args: { folder: MARRIAGE, values: undefined },
  render: renderProcedure,
};
export default meta;

type Story = StoryObj<ProcedureArgs>;

/** The first step, nothing answered. */
export const Empty: Story = {};
export const EmptyEnglish: Story = { globals: { locale: 'en' } };

/** Continue on an empty step: the error summary and each field's message. */
export const WithErrors: Story = { play: pressContinue };
export const WithErrorsEnglish: Story = { play: pressContinue, globals: { locale: 'en' } };

const sample = example(MARRIAGE).sample ?? undefined;

/** Started from a valid sample submission. */
export const Filled: Story = { args: { values: sample } };
export const FilledEnglish: Story = { args: { values: sample }, globals: { locale: 'en' } };

/** The read-only "check your answers" page, reached with a valid sample. */
export const Review: Story = { args: { values: sample }, play: continueToReview };
export const ReviewEnglish: Story = {
  args: { values: sample },
  play: continueToReview,
  globals: { locale: 'en' },
};

/** The documents page: one upload slot per document the answers require. */
export const DocumentsPage: Story = {
  args: { values: sample },
  play: continueUntil('hoso-documents'),
};
export const DocumentsPageEnglish: Story = { ...DocumentsPage, globals: { locale: 'en' } };

/** The fees for the answers, as the same rules compute them on the server. */
export const Fees: Story = { args: { values: sample }, play: continueUntil('hoso-fee-summary') };
export const FeesEnglish: Story = { ...Fees, globals: { locale: 'en' } };

/** A definition with mistakes: the wizard lists its problems instead of a form. */
const broken = { ...(example(MARRIAGE).definition as object), steps: 'none', code: 42 };
export const InvalidDefinition: Story = { args: { definition: broken } };
export const InvalidDefinitionEnglish: Story = {
  args: { definition: broken },
  globals: { locale: 'en' },
};
