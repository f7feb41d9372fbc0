// Builds the stories every field element has: empty, filled, with an error, disabled, read-only —
// each in Vietnamese and in English (the language toolbar switches any story too).
import type { StoryObj } from '@storybook/web-components-vite';
import type {
  FieldDefinition,
  HosoFieldElement,
} from '../packages/elements/src/internal/hoso-field-element.js';

type ValidationError = HosoFieldElement['errors'][number];

/** The properties a field story sets on the element. */
export interface FieldArgs {
  element: FieldDefinition;
  value: unknown;
  errors: ValidationError[];
  required: boolean;
  disabled: boolean;
  readonly: boolean;
}

export type FieldState = 'empty' | 'filled' | 'error' | 'disabled' | 'readonly';

/** What one field's stories need: its tag, a definition element, an answer and an error. */
export interface FieldStorySpec {
  tag: string;
  element: FieldDefinition;
  empty: unknown;
  filled: unknown;
  error: { code: string; vi: string; en: string };
}

/** Draws the field with the story's arguments set as properties (as `<hoso-form>` does). */
export function renderField(tag: string) {
  return (args: FieldArgs): HTMLElement => {
    const field = document.createElement(tag);
    Object.assign(field, { ...args, errors: [...args.errors] });
    return field;
  };
}

/** The story of one state, in one language. */
export function fieldStory(
  spec: FieldStorySpec,
  state: FieldState,
  locale: 'vi' | 'en' = 'vi',
): StoryObj<FieldArgs> {
  const args: FieldArgs = {
    element: spec.element,
    value: state === 'empty' ? spec.empty : spec.filled,
    errors: [],
    required: spec.element.required === true,
    disabled: state === 'disabled',
    // Read-only shows a filled answer that can be focused and copied, but not changed.
    readonly: state === 'readonly',
  };
  if (state === 'error') {
    args.value = spec.empty;
    args.errors = [
      {
        path: spec.element.key,
        pointer: `/${spec.element.key}`,
        code: spec.error.code,
        message: { vi: spec.error.vi, en: spec.error.en },
      },
    ];
  }
  return { args, globals: { locale } };
}
