import { css } from 'lit';

/** Controls shared by the designer's views: readable, AA contrast, a visible focus ring. */
export const sharedStyles = css`
  :host {
    color: #1d1f23;
    font:
      14px/1.45 system-ui,
      'Segoe UI',
      Roboto,
      sans-serif;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid #5b6472;
    border-radius: 4px;
    background: #fff;
    padding: 3px 10px;
    min-height: 28px;
  }
  button.primary {
    background: #0b57d0;
    border-color: #0b57d0;
    color: #fff;
  }
  button.icon {
    padding: 2px 6px;
    min-width: 28px;
  }
  button[disabled] {
    cursor: not-allowed;
    color: #5b6472;
    background: #eef0f3;
  }
  input,
  select,
  textarea {
    border: 1px solid #5b6472;
    border-radius: 4px;
    padding: 3px 6px;
    background: #fff;
    min-height: 26px;
    box-sizing: border-box;
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Code', Menlo, monospace;
    font-size: 12px;
    width: 100%;
  }
  :focus-visible {
    outline: 3px solid #0b57d0;
    outline-offset: 1px;
  }
  label {
    display: block;
  }
  .field {
    display: grid;
    gap: 2px;
    margin: 6px 0;
  }
  .field > span,
  .label {
    font-weight: 600;
    font-size: 13px;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 6px;
  }
  .pair input,
  .pair textarea {
    width: 100%;
  }
  .hint {
    color: #4a505a;
    font-size: 12px;
  }
  .error {
    color: #b3261e;
    font-size: 12px;
  }
  .row {
    display: flex;
    gap: 6px;
    align-items: center;
    flex-wrap: wrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  fieldset {
    border: 1px solid #c8ccd2;
    border-radius: 6px;
    margin: 8px 0;
    padding: 6px 10px 10px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  h2,
  h3,
  h4 {
    margin: 8px 0;
  }
  h2 {
    font-size: 18px;
  }
  h3 {
    font-size: 15px;
  }
  h4 {
    font-size: 14px;
  }
`;
