// What a page loads before it runs, as opposed to chunks it imports on demand (`import()`).
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (/** @type {Uint8Array | string} */ bytes) =>
  gzipSync(bytes, { level: 9 }).length;

/**
 * Sizes of an esbuild result built with `splitting` and `metafile`: the entry with every chunk
 * it imports statically (`loaded`), and the chunks only reached through `import()` (`onDemand`).
 *
 * @param {import('esbuild').BuildResult & { metafile: import('esbuild').Metafile }} result
 * @param {string} entryOutput the entry's output path, as esbuild names it in the metafile
 */
export function splitSizes(result, entryOutput) {
  const outputs = result.metafile.outputs;
  const files = new Map((result.outputFiles ?? []).map((file) => [file.path, file.contents]));
  // The metafile names outputs relative to the working directory esbuild ran in.
  const contentsOf = (/** @type {string} */ path) => {
    const contents = files.get(resolve(path));
    if (!contents) throw new Error(`esbuild wrote no ${path}`);
    return contents;
  };
  const loaded = new Set();
  const visit = (/** @type {string} */ path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const imported of outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryOutput);
  const sum = (/** @type {string[]} */ paths) =>
    paths.reduce(
      (total, path) => {
        const contents = contentsOf(path);
        return {
          minBytes: total.minBytes + contents.length,
          gzipBytes: total.gzipBytes + gzipBytes(contents),
        };
      },
      { minBytes: 0, gzipBytes: 0 },
    );
  const scripts = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  return {
    loaded: { ...sum([...loaded]), files: [...loaded] },
    onDemand: {
      ...sum(scripts.filter((path) => !loaded.has(path))),
      files: scripts.filter((path) => !loaded.has(path)),
    },
  };
}
