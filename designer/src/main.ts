// The designer app under Vite: the full @hoso/core (ajv checks the data schema in the preview),
// and @hoso/elements for the preview when it loads.
import { compile } from '@hoso/core';
import './app/designer-app.js';
import { installCompiler } from './features/preview/compiler.js';

installCompiler(compile);

// Typed loosely on purpose: @hoso/elements is optional for the designer (its own preview
// renders everything); a failure to load leaves the designer fully working.
import('@hoso/elements' as string).catch((error: unknown) =>
  console.warn('@hoso/elements did not load; the preview uses its own renderer', error),
);
