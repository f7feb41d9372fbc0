// Production bundles of every page (esbuild, minified) and the forms they load, in one folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compile } from '@hoso/core';
import { generateSpec } from '../spec.mjs';
import { toHoso } from '../translate/hoso.mjs';
import { toFormio } from '../translate/formio.mjs';
import { toSurveyJs } from '../translate/surveyjs.mjs';
import { toFormJs } from '../translate/formjs.mjs';
import { toJsonForms } from '../translate/jsonforms.mjs';
import { toRjsf } from '../translate/rjsf.mjs';
import { gzipBytes, splitSizes } from './bundle-size.mjs';
// @hoso/cli owns the standalone-validator build; the bench uses its built output.
import { buildProcedureValidator } from '../../../packages/cli/dist/src/standalone.js';

/** Page name → library name in the report, and how each one reads the spec. */
export const LIBRARIES = {
  plain: { name: 'plain DOM', translate: (spec) => spec },
  hoso: { name: 'Hoso', translate: toHoso },
  formio: { name: 'Form.io', translate: toFormio },
  surveyjs: { name: 'SurveyJS', translate: toSurveyJs },
  formjs: { name: 'form-js', translate: toFormJs },
  jsonforms: { name: 'JSON Forms', translate: toJsonForms },
  rjsf: { name: 'RJSF', translate: toRjsf },
};

/** Served with every page; Hoso's page also gets the strict policy below. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const ASSETS = ['.woff', '.woff2', '.ttf', '.eot', '.svg', '.png', '.gif', '.jpg'];

/**
 * @param {string} dir an empty folder
 * @param {number[]} sizes field counts to write forms for
 * @returns {Promise<{ bundles: Record<string, { minBytes: number, gzipBytes: number }>, validators: Record<number, { minBytes: number, gzipBytes: number }> }>}
 */
export async function buildPages(dir, sizes) {
  await mkdir(join(dir, 'forms'), { recursive: true });
  /** @type {Record<number, { minBytes: number, gzipBytes: number }>} */
  const validators = {};
  for (const count of sizes) {
    const spec = generateSpec(count);
    await writeFile(join(dir, 'forms', `spec-${count}.json`), JSON.stringify(spec));
    for (const [page, { translate }] of Object.entries(LIBRARIES))
      await writeFile(join(dir, 'forms', `${page}-${count}.json`), JSON.stringify(translate(spec)));
    const source = await buildProcedureValidator(compile(toHoso(spec)));
    const minified = await build({
      stdin: { contents: source, loader: 'js' },
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = minified.outputFiles[0].contents;
    await writeFile(join(dir, 'forms', `hoso-${count}.validator.js`), code);
    validators[count] = { minBytes: code.length, gzipBytes: gzipBytes(code) };
  }
  /** @type {Record<string, { minBytes: number, gzipBytes: number }>} */
  const bundles = {};
  for (const page of Object.keys(LIBRARIES)) {
    const result = await build({
      entryPoints: [new URL(`pages/${page}.mjs`, import.meta.url).pathname],
      bundle: true,
      // Code a library imports on demand (`import()`) stays out of what the page loads first.
      splitting: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: dir,
      entryNames: '[name]',
      chunkNames: `chunks/${page}-[hash]`,
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      metafile: true,
      write: false,
      // Fonts and images the stylesheets point at are not counted (nor loaded).
      loader: Object.fromEntries(ASSETS.map((extension) => [extension, 'empty'])),
      logLevel: 'error',
    });
    await mkdir(join(dir, 'chunks'), { recursive: true });
    for (const file of result.outputFiles) await writeFile(file.path, file.contents);
    const entry = Object.keys(result.metafile.outputs).find((path) => path.endsWith(`/${page}.js`));
    if (!entry) throw new Error(`esbuild wrote no JavaScript for ${page}`);
    const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
    const stylesheet = css ? `<link rel="stylesheet" href="${page}.css">` : '';
    await writeFile(
      join(dir, `${page}.html`),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${page}</title>` +
        `${stylesheet}<script type="module" src="${page}.js"></script></head><body></body></html>\n`,
    );
    const { loaded, onDemand } = splitSizes(result, entry);
    const cssGzipBytes = css ? gzipBytes(css.contents) : 0;
    bundles[page] = {
      minBytes: loaded.minBytes + (css?.contents.length ?? 0),
      gzipBytes: loaded.gzipBytes + cssGzipBytes,
      cssGzipBytes,
      onDemandGzipBytes: onDemand.gzipBytes,
    };
  }
  return { bundles, validators };
}
