import { css } from 'lit';

/** Styles of the wizard's own panels: draft notice, loading, sending, fees. */
export const procedureStyles = css`
  .notice {
    border-inline-start: 5px solid var(--hoso-notice-color, #0b57a4);
    background: var(--hoso-notice-background, #eef4fa);
    padding: var(--hoso-space-m, 1rem);
    margin-block-end: var(--hoso-space-l, 1.5rem);
  }
  .notice p {
    margin: 0 0 var(--hoso-space-s, 0.5rem);
  }
  .notice .actions {
    margin-block-start: var(--hoso-space-s, 0.5rem);
  }
  .load-error {
    border: var(--hoso-error-border-width, 4px) solid var(--hoso-error-color, #b3261e);
    padding: var(--hoso-space-m, 1rem);
  }
  .send-error {
    color: var(--hoso-error-color, #b3261e);
    font-weight: 700;
  }
  .fees {
    margin-block-start: var(--hoso-space-l, 1.5rem);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
