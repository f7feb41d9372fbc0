import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/locale.js';
import { compileForPreview } from './compiler.js';
import { schemaToTypeScript } from './schema-to-ts.js';

/** The submission's data schema (`compile(def).dataSchema`) and its TypeScript types. */
export function renderTypesView(definition: unknown): TemplateResult {
  let schema: unknown;
  try {
    schema = compileForPreview(definition).dataSchema;
  } catch {
    return html`<p class="error" role="alert">${t('preview.cannot')}</p>`;
  }
  return html`<section aria-labelledby="types-ts">
      <h2 id="types-ts">${t('types.ts')}</h2>
      <pre class="code" tabindex="0">${schemaToTypeScript(schema)}</pre>
    </section>
    <section aria-labelledby="types-schema">
      <h2 id="types-schema">${t('types.schema')}</h2>
      <pre class="code" tabindex="0">${JSON.stringify(schema, null, 2)}</pre>
    </section>`;
}
