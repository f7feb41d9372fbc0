import { fileURLToPath } from 'node:url';

/**
 * The intake API's OpenAPI document, shipped inside this package so an installed server can
 * serve it; docs/reference holds a copy made by `scripts/openapi-docs.mjs`.
 */
export const OPENAPI_FILE = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
