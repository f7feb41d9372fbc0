import { css } from 'lit';

export const designerStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    height: 100vh;
    background: #f5f6f8;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 14px;
    padding: 6px 12px;
    background: #fff;
    border-bottom: 1px solid #c8ccd2;
  }
  header h1 {
    font-size: 17px;
    margin: 0 8px 0 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .toolbar .sep {
    width: 1px;
    height: 22px;
    background: #c8ccd2;
    margin: 0 4px;
  }
  .status {
    margin-left: auto;
    color: #3d434d;
    font-size: 12px;
  }
  .views button[aria-pressed='true'] {
    background: #0b57d0;
    color: #fff;
    border-color: #0b57d0;
  }
  .workspace {
    display: grid;
    grid-template-columns: 240px minmax(0, 1fr) 340px;
    min-height: 0;
  }
  .workspace.with-json {
    grid-template-columns: 240px minmax(0, 1fr) 340px minmax(280px, 32%);
  }
  .workspace.wide {
    grid-template-columns: 240px minmax(0, 1fr);
  }
  .workspace.wide.with-json {
    grid-template-columns: 240px minmax(0, 1fr) minmax(280px, 32%);
  }
  .workspace > * {
    overflow: auto;
    min-height: 0;
    padding: 8px 12px;
    box-sizing: border-box;
  }
  nav.sections {
    background: #fff;
    border-right: 1px solid #c8ccd2;
  }
  nav.sections ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  nav.sections button.nav {
    width: 100%;
    text-align: left;
    border: none;
    background: none;
    padding: 5px 6px;
    border-radius: 4px;
  }
  nav.sections button.nav[aria-current='true'] {
    background: #dfe8f7;
    font-weight: 600;
  }
  .step-item {
    display: flex;
    align-items: center;
    gap: 2px;
  }
  .step-item .nav {
    flex: 1;
  }
  .step-item.drop-target {
    outline: 2px dashed #0b57d0;
  }
  .steps-list {
    margin-left: 8px !important;
  }
  .palette ul.kinds {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: 1fr;
    gap: 3px;
  }
  .palette button.kind {
    width: 100%;
    text-align: left;
  }
  .palette h3 {
    font-size: 13px;
    margin: 10px 0 4px;
  }
  .glyph {
    display: inline-block;
    min-width: 1.6em;
    text-align: center;
  }
  main {
    background: #f5f6f8;
  }
  aside.properties {
    background: #fff;
    border-left: 1px solid #c8ccd2;
  }
  .json-pane {
    display: flex;
    flex-direction: column;
    background: #fff;
    border-left: 1px solid #c8ccd2;
    padding: 0 !important;
  }
  .json-pane h2 {
    margin: 6px 10px;
    font-size: 14px;
  }
  .json-pane ::slotted(*) {
    flex: 1;
    min-height: 0;
    display: block;
  }
  ol.elements {
    list-style: none;
    margin: 0;
    padding: 4px;
    min-height: 48px;
    border: 1px dashed #8a929e;
    border-radius: 6px;
    background: #fff;
  }
  ol.elements.drop-end {
    border-bottom: 3px solid #0b57d0;
  }
  li.el {
    /* Long steps: cards off screen are neither laid out nor painted. */
    content-visibility: auto;
    contain-intrinsic-size: auto 96px;
    border: 1px solid #c8ccd2;
    border-radius: 6px;
    padding: 4px 8px 8px;
    margin: 4px 0;
    background: #fff;
  }
  li.el.selected {
    border: 2px solid #0b57d0;
    background: #f4f8ff;
  }
  li.el.drop-before {
    border-top: 4px solid #0b57d0;
  }
  .el-head {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .el-select {
    flex: 1;
    text-align: left;
    border: none;
    background: none;
    padding: 4px;
  }
  .el-select code {
    color: #4a505a;
    margin-left: 6px;
    font-size: 12px;
  }
  .badge {
    display: inline-block;
    font-size: 11px;
    border: 1px solid #5b6472;
    border-radius: 8px;
    padding: 0 6px;
    margin-left: 4px;
    font-weight: normal;
  }
  .el-body {
    /* The drawn element is inert: a click anywhere on it selects it. */
    cursor: pointer;
  }
  .el-preview > .design-element {
    display: block;
    max-width: 40rem;
  }
  .el-body .field {
    margin: 4px 0;
  }
  .el-body input,
  .el-body select,
  .el-body textarea {
    max-width: 420px;
    width: 100%;
  }
  .el-body .checkbox input,
  .el-body .choice input {
    width: auto;
  }
  .el-body .content {
    background: #f1f3f6;
    padding: 6px;
    border-radius: 4px;
  }
  .card {
    background: #fff;
    border: 1px solid #c8ccd2;
    border-radius: 6px;
    padding: 6px 10px;
    margin: 8px 0;
  }
  .card.selected {
    border: 2px solid #0b57d0;
  }
  .option {
    border-bottom: 1px solid #e2e5ea;
    padding: 4px 0;
  }
  .option-grid {
    display: grid;
    grid-template-columns: 0.8fr 1fr 1fr;
    gap: 4px;
  }
  .option-grid input {
    width: 100%;
  }
  .prop-group h3 {
    border-bottom: 1px solid #e2e5ea;
    padding-bottom: 2px;
  }
  .field input,
  .field select {
    width: 100%;
  }
  footer {
    max-height: 26vh;
    overflow: auto;
    background: #fff;
    border-top: 1px solid #c8ccd2;
    padding: 0 12px 6px;
  }
  .problems h2 {
    font-size: 15px;
  }
  .problems ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .problems .count.has {
    color: #b3261e;
  }
  .problems .ok {
    color: #146c2e;
    margin: 0;
  }
  button.link {
    border: none;
    background: none;
    text-align: left;
    padding: 2px 0;
    color: #0b3d91;
    text-decoration: underline;
  }
  button.link code,
  button.link .code {
    color: #3d434d;
    margin-left: 8px;
    font-size: 12px;
  }
  pre.code {
    background: #fff;
    border: 1px solid #c8ccd2;
    padding: 8px;
    overflow: auto;
    font-size: 12px;
  }
  dialog {
    max-width: 640px;
    width: 90vw;
  }
  .badge.overlay {
    border-color: #5b2d8e;
    color: #45206e;
    background: #f6f0fc;
  }
  .overlay-change .status-not-applied,
  .overlay-change .status-problem {
    border-color: #a4000f;
    color: #a4000f;
  }
  .overlay-change.not-applied {
    border-left: 4px solid #a4000f;
  }
  .overlay-origin ul {
    padding-left: 0;
    list-style: none;
  }
`;
