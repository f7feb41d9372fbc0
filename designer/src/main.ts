// The designer app under Vite: the full @hoso/core (ajv checks the data schema in the preview).
// @hoso/elements comes with the canvas, which draws fields with its components.
import { compile } from '@hoso/core';
import './app/designer-app.js';
import { installCompiler } from './features/preview/compiler.js';

installCompiler(compile);
