// @hoso/core for tools that edit definitions in the browser (the designer): overlays and version
// diffs, which check the definitions they read. No ajv, no eval; it loads the definition checker,
// so pages that only run procedures import `@hoso/core/precompiled` instead.
export * from './precompiled.js';
export { resolveOverlay, type OverlayResolution } from './overlay/resolve.js';
export { diffDefinitions } from './diff/diff-definitions.js';
