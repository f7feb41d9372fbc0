import type { CompiledProcedure } from '@hoso/core';
import type { CompiledCache, PublishedDefinition } from '../definitions.js';
import { fingerprint } from '../definitions.js';
import type { TextReply } from './respond.js';

/**
 * Builds one self-contained ES module whose default export validates the procedure's data
 * schema and vouches for its definition (`buildProcedureValidator` from `@hoso/cli`).
 */
export type ValidatorModuleBuilder = (procedure: CompiledProcedure) => Promise<string>;

/**
 * The standalone validator of each published version's data schema, built once per
 * `id@version` (published versions never change) and answered with the version's ETag.
 */
export function validatorModules(build: ValidatorModuleBuilder, cache: CompiledCache) {
  const modules = new Map<string, Promise<string>>();
  const etags = new Map<string, string>();

  /** The version's tag: its id@version and content hash (a store rebuilt from scratch may differ). */
  function etagOf(published: PublishedDefinition): string {
    const key = `${published.procedureId}@${published.version}`;
    let etag = etags.get(key);
    if (!etag) {
      etag = `"${key}-${fingerprint(published.definition).slice(0, 16)}"`;
      etags.set(key, etag);
    }
    return etag;
  }

  function moduleOf(published: PublishedDefinition): Promise<string> {
    const key = `${published.procedureId}@${published.version}`;
    let module = modules.get(key);
    if (!module) {
      module = build(cache.get(published));
      // A failed build is not kept: the next request tries again.
      module.catch(() => modules.delete(key));
      modules.set(key, module);
    }
    return module;
  }

  return {
    async reply(
      published: PublishedDefinition,
      /** The request named the version: the answer can be cached for good. */
      pinned: boolean,
      ifNoneMatch: string | undefined,
    ): Promise<TextReply> {
      const etag = etagOf(published);
      const headers = {
        etag,
        'cache-control': pinned ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
        return { status: 304, headers, text: '' };
      }
      const text = await moduleOf(published);
      return {
        status: 200,
        headers: { ...headers, 'content-type': 'text/javascript; charset=utf-8' },
        text,
      };
    },
  };
}
