import type { SchemaValidator } from '@hoso/core/precompiled';
import type { MessageId } from '../../internal/i18n.js';

/** Why loading failed, as a catalog message and its parameters (so it follows `lang`). */
export interface LoadFailure {
  id: MessageId;
  params: Record<string, string>;
}

export type LoadOutcome =
  | { ok: true; definition: unknown; schemaValidator: SchemaValidator }
  | { ok: false; failure: LoadFailure };

/** Where the standalone validator of a definition served at `src` lives by default. */
export function defaultValidatorSrc(src: string): string {
  return `${src.replace(/\/+$/, '')}/validator.js`;
}

/**
 * Fetches a definition (JSON) and imports its standalone data-schema validator (an ES module
 * whose default export is the validate function). A module import works under a strict CSP.
 */
export async function loadProcedure(src: string, validatorSrc: string): Promise<LoadOutcome> {
  const url = new URL(src, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    return failed('load.failed', { url: src, reason: 'network' });
  }
  if (!response.ok) return failed('load.failed', { url: src, reason: `HTTP ${response.status}` });
  let definition: unknown;
  try {
    definition = await response.json();
  } catch {
    return failed('load.failed', { url: src, reason: 'not-json' });
  }
  const moduleUrl = new URL(validatorSrc, document.baseURI).href;
  try {
    const module = (await import(/* @vite-ignore */ moduleUrl)) as { default?: unknown };
    if (typeof module.default !== 'function')
      return failed('load.validator-failed', { url: validatorSrc });
    return { ok: true, definition, schemaValidator: module.default as SchemaValidator };
  } catch {
    return failed('load.validator-failed', { url: validatorSrc });
  }
}

function failed(id: MessageId, params: Record<string, string>): LoadOutcome {
  return { ok: false, failure: { id, params } };
}
