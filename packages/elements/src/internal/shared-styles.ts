import { css } from 'lit';

// Every colour, font, spacing, radius and focus style reads a `--hoso-*` custom property.
// Custom properties inherit through shadow roots, so a portal sets them once on `:root`
// (src/themes/default.css, src/themes/high-contrast.css). The fallbacks here equal the default
// theme, so the elements look right without any theme linked. docs/portal-developers/theming.md
// lists every property.

/** Styles every Hoso element shares: the visually hidden helper and the field parts. */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(
      --hoso-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    font-size: var(--hoso-font-size, 1rem);
    line-height: var(--hoso-line-height, 1.5);
    color: var(--hoso-text-color, #1b1f24);
    background-color: var(--hoso-background-color, transparent);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .label,
  legend {
    display: block;
    font-weight: var(--hoso-label-font-weight, 700);
    margin-block-end: var(--hoso-space-xs, 0.25rem);
    padding: 0;
  }
  .optional {
    font-weight: 400;
    color: var(--hoso-secondary-text-color, #4a5560);
  }
  .hint {
    color: var(--hoso-secondary-text-color, #4a5560);
    margin: 0 0 var(--hoso-space-xs, 0.25rem);
  }
  .error {
    color: var(--hoso-error-color, #b3261e);
    font-weight: 700;
    margin: 0 0 var(--hoso-space-xs, 0.25rem);
  }
  .field.invalid {
    border-inline-start: var(--hoso-error-border-width, 4px) solid var(--hoso-error-color, #b3261e);
    padding-inline-start: var(--hoso-space-m, 1rem);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--hoso-text-color, #1b1f24);
    background-color: var(--hoso-input-background-color, #ffffff);
    min-height: var(--hoso-control-height, 2.75rem);
    width: 100%;
    max-width: var(--hoso-control-max-width, 36rem);
    padding: var(--hoso-space-xs, 0.25rem) var(--hoso-space-s, 0.5rem);
    border: var(--hoso-input-border-width, 2px) solid var(--hoso-input-border-color, #5c6670);
    border-radius: var(--hoso-radius, 4px);
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: var(--hoso-target-size, 1.5rem);
    height: var(--hoso-target-size, 1.5rem);
    margin: 0;
    accent-color: var(--hoso-accent-color, #0b57a4);
  }
  input:disabled,
  select:disabled,
  textarea:disabled {
    color: var(--hoso-disabled-text-color, #5f6a74);
    background-color: var(--hoso-disabled-background-color, #eef1f4);
    border-color: var(--hoso-disabled-text-color, #5f6a74);
    cursor: not-allowed;
  }
  /* Read-only: full-contrast text on a quiet background with a dashed edge, so it reads as a
     value to look at, not as a box to type in, and never as disabled (greyed, not focusable). */
  input[readonly],
  textarea[readonly] {
    color: var(--hoso-readonly-text-color, #1b1f24);
    background-color: var(--hoso-readonly-background-color, #f3f5f7);
    border-style: dashed;
    border-color: var(--hoso-readonly-border-color, #5c6670);
    cursor: default;
  }
  .field.readonly .option label {
    cursor: default;
  }
  [aria-invalid='true'] {
    border-color: var(--hoso-error-color, #b3261e) !important;
  }
  :focus-visible {
    outline: var(--hoso-focus-width, 3px) solid var(--hoso-focus-color, #1d4ed8);
    outline-offset: var(--hoso-focus-offset, 2px);
  }
  .option {
    display: flex;
    gap: var(--hoso-space-s, 0.5rem);
    align-items: center;
    margin-block: var(--hoso-space-xs, 0.25rem);
    min-height: var(--hoso-target-size, 1.5rem);
  }
  .option label {
    cursor: pointer;
  }
  a {
    color: var(--hoso-link-color, #0b57a4);
  }
`;

/** The wizard's own chrome: progress, buttons, the error summary and the review list. */
export const wizardStyles = css`
  h2 {
    font-size: var(--hoso-heading-font-size, 1.5rem);
    line-height: 1.25;
    margin: 0 0 var(--hoso-space-l, 1.5rem);
  }
  h3 {
    font-size: var(--hoso-subheading-font-size, 1.25rem);
    margin: var(--hoso-space-l, 1.5rem) 0 var(--hoso-space-s, 0.5rem);
  }
  .error-summary {
    border: var(--hoso-error-border-width, 4px) solid var(--hoso-error-color, #b3261e);
    border-radius: var(--hoso-radius, 4px);
    padding: var(--hoso-space-m, 1rem);
    margin-block-end: var(--hoso-space-l, 1.5rem);
  }
  .error-summary h2 {
    margin-block-end: var(--hoso-space-m, 1rem);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--hoso-space-l, 1.5rem);
  }
  .error-summary a {
    color: var(--hoso-error-color, #b3261e);
    font-weight: 700;
  }
  .progress {
    color: var(--hoso-secondary-text-color, #4a5560);
    margin: 0 0 var(--hoso-space-xs, 0.25rem);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hoso-space-m, 1rem);
    margin-block-start: var(--hoso-space-l, 1.5rem);
  }
  button {
    font: inherit;
    font-weight: 700;
    min-height: var(--hoso-control-height, 2.75rem);
    min-width: var(--hoso-target-size, 1.5rem);
    padding: var(--hoso-space-s, 0.5rem) var(--hoso-space-m, 1rem);
    color: var(--hoso-on-primary-color, #ffffff);
    background-color: var(--hoso-primary-color, #0b57a4);
    border: var(--hoso-input-border-width, 2px) solid
      var(--hoso-button-border-color, var(--hoso-primary-color, #0b57a4));
    border-radius: var(--hoso-radius, 4px);
    cursor: pointer;
  }
  button:hover {
    background-color: var(--hoso-primary-hover-color, #08427d);
  }
  button.back {
    color: var(--hoso-on-secondary-color, #1b1f24);
    background-color: var(--hoso-secondary-color, #e6ebf0);
    border-color: var(--hoso-button-border-color, var(--hoso-secondary-color, #e6ebf0));
  }
  button.back:hover {
    background-color: var(--hoso-secondary-hover-color, #d3dbe3);
  }
  button.link {
    min-height: var(--hoso-target-size, 1.5rem);
    padding: 0;
    font-weight: 400;
    color: var(--hoso-link-color, #0b57a4);
    background: none;
    border: 0;
    text-decoration: underline;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    gap: var(--hoso-space-s, 0.5rem) var(--hoso-space-m, 1rem);
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  /* Narrow screens (320 px): one column, so nothing scrolls sideways. */
  @media (max-width: 40rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dt {
      margin-block-start: var(--hoso-space-m, 1rem);
    }
  }
`;
