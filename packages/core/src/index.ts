// @hoso/core for Node and bundlers: `compile` has ajv build the data-schema validator when no
// precompiled one is given. Pages under a strict CSP import `@hoso/core/precompiled`.
export * from './common.js';
export { resolveOverlay, type OverlayResolution } from './overlay/resolve.js';
export { diffDefinitions } from './diff/diff-definitions.js';
export { compile } from './compile/compile.js';
export { createAjv } from './validator/create-ajv.js';
export { migrateDraft } from './migrate/migrate-draft.js';
