import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { compile, createFormStore } from '@hoso/core/precompiled';
import { example, TODAY } from '../../../../../.storybook/procedure-stories.js';
import type { HosoForm } from './form.js';
import './form.js';

// `<hoso-form>` alone, as a portal with its own flow uses it: the first step of an example
// procedure from a form store — empty, filled with a valid sample, with every error shown (as
// after Continue), disabled, and read-only (a submitted dossier shown back).
type FormState = 'empty' | 'filled' | 'error' | 'disabled' | 'readonly';

interface FormArgs {
  folder: string;
  state: FormState;
}

function renderForm(args: FormArgs, { globals }: { globals: Record<string, unknown> }) {
  const procedure = example(args.folder);
  const compiled = compile(procedure.definition, { schemaValidator: procedure.schemaValidator });
  const filled = args.state === 'filled' || args.state === 'readonly' || args.state === 'disabled';
  const store = createFormStore(compiled, {
    today: TODAY,
    ...(filled && procedure.sample ? { values: procedure.sample } : {}),
  });
  if (args.state === 'error') store.submit();
  const form = document.createElement('hoso-form') as HosoForm;
  Object.assign(form, {
    lang: globals['locale'] === 'en' ? 'en' : 'vi',
    compiled,
    store,
    snapshot: store.getState(),
    readonly: args.state === 'readonly',
  });
  store.subscribe((snapshot) => (form.snapshot = snapshot));
  if (args.state !== 'disabled') return form;
  // A disabled fieldset disables every field inside, as in any native form.
  const fieldset = document.createElement('fieldset');
  fieldset.disabled = true;
  fieldset.append(form);
  return fieldset;
}

const meta: Meta<FormArgs> = {
  title: 'Form (one step)',
  component: 'hoso-form',
  render: renderForm,
  args: { folder: '1.000894-dang-ky-ket-hon' },
};
export default meta;

type Story = StoryObj<FormArgs>;
const story = (state: FormState, locale: 'vi' | 'en' = 'vi'): Story => ({
  args: { state },
  globals: { locale },
});

export const Empty = story('empty');
export const Filled = story('filled');
export const WithErrors = story('error');
export const Disabled = story('disabled');
export const ReadOnly = story('readonly');
export const EmptyEnglish = story('empty', 'en');
export const FilledEnglish = story('filled', 'en');
export const WithErrorsEnglish = story('error', 'en');
export const DisabledEnglish = story('disabled', 'en');
export const ReadOnlyEnglish = story('readonly', 'en');
