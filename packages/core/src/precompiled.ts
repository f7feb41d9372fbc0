// @hoso/core without ajv: for browsers and pages under a strict Content-Security-Policy, with
// data-schema validators precompiled by `hoso compile`.
export * from './common.js';
export { compile, type PrecompiledCompileOptions } from './compile/compile-precompiled.js';
