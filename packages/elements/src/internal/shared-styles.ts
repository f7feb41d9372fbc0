import { css } from 'lit';

/** Styles every Hoso element shares: the visually hidden helper and the GOV.UK-like field parts. */
export const sharedStyles = css`
  :host {
    display: block;
    font-family: var(--hoso-font-family, system-ui, sans-serif);
    color: var(--hoso-text-color, #0b0c0c);
  }
  :host([hidden]) {
    display: none;
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
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .hint {
    color: var(--hoso-secondary-text-color, #505a5f);
    margin: 0 0 0.25rem;
  }
  .error {
    color: var(--hoso-error-color, #d4351c);
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .field.invalid {
    border-inline-start: 5px solid var(--hoso-error-color, #d4351c);
    padding-inline-start: 0.75rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    padding: 0.3rem;
    border: 2px solid var(--hoso-input-border-color, #0b0c0c);
    max-width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--hoso-error-color, #d4351c) !important;
  }
  :focus-visible {
    outline: 3px solid var(--hoso-focus-color, #fd0);
    outline-offset: 0;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-block: 0.25rem;
  }
`;
