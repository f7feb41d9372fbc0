import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What a read-only select shows and how it is labelled and described. */
export interface ReadOnlySelect {
  id: string;
  /** The chosen option's label ('' when nothing is chosen). */
  text: string;
  describedBy: string | undefined;
  required: boolean;
  invalid: boolean;
  className?: string;
}

/**
 * A select drawn read-only. A native `<select>` has no `readonly`; disabling it would drop it
 * from the tab order and its value from the form, and blocking its keys and pointer is brittle
 * (each browser opens and changes a select its own way, and a mobile picker ignores key events).
 * A read-only text input showing the chosen label is focusable, announced as read-only, its text
 * can be copied, and it cannot change anything.
 */
export function readOnlySelect(select: ReadOnlySelect): TemplateResult {
  return html`<input
    id=${select.id}
    class=${ifDefined(select.className)}
    part="control"
    type="text"
    readonly
    .value=${select.text}
    aria-required=${select.required ? 'true' : 'false'}
    aria-invalid=${select.invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(select.describedBy)}
  />`;
}
