import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Document } from '@hoso/schema';
import type { ValidationError } from '@hoso/core/precompiled';
import { formContext, type FormContextValue } from '../../internal/context.js';
import { localize, msg, type Lang, type MessageId } from '../../internal/i18n.js';
import { uniqueId } from '../../internal/ids.js';
import { getAt } from '../../internal/paths.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import type { FileFieldDefinition } from '../file-field/file-field.js';
import '../file-field/file-field.js';

const FORM_NAMES: Record<Document['form'], MessageId> = {
  original: 'document.form.original',
  'certified-copy': 'document.form.certified-copy',
  copy: 'document.form.copy',
  electronic: 'document.form.electronic',
};

/** The data path of a document's files. */
export function documentPath(key: string): string {
  return `$documents.${key}`;
}

/**
 * @summary The documents step: one upload slot per document of the procedure, required as its
 * rules say for the current answers. Reads the form state from the surrounding
 * `<hoso-procedure>` (`formContext`) and writes the files' references to `$documents`.
 * @status experimental
 * @csspart slot - Each document's upload slot (a `hoso-file-field`).
 */
@customElement('hoso-documents')
export class HosoDocuments extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      hoso-file-field {
        margin-block-end: 1.5rem;
      }
    `,
  ];

  /** Show the documents' errors (after the citizen tried to go on, or submitted). */
  @property({ type: Boolean, attribute: 'show-errors' }) showErrors = false;
  /** Prefix of the slots' ids (the targets of an error summary's links). */
  @property({ attribute: 'id-prefix' }) idPrefix = uniqueId('hoso-documents');

  /** The surrounding `<hoso-procedure>`'s form state (set through `formContext`). */
  @consume({ context: formContext, subscribe: true })
  @property({ attribute: false })
  context: FormContextValue | undefined;

  /** The id of the slot of document `key`. */
  slotId(key: string): string {
    return `${this.idPrefix}-$documents-${key}`;
  }

  /** Focuses the upload slot of a document (error-summary and change links). */
  focusDocument(key: string): boolean {
    const slot = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.slotId(key))}`);
    if (!slot) return false;
    slot.scrollIntoView({ block: 'start' });
    slot.focus({ preventScroll: true });
    return true;
  }

  protected override render(): TemplateResult | typeof nothing {
    const context = this.context;
    if (!context) return nothing;
    const documents = context.compiled.definition.documents ?? [];
    return html`${documents.map((doc) => this.renderDocument(doc, context))}`;
  }

  private renderDocument(doc: Document, context: FormContextValue): TemplateResult {
    const { snapshot, lang } = context;
    const path = documentPath(doc.key);
    const required = snapshot.result.requiredDocuments.includes(doc.key);
    const errors = this.errorsOf(path, context);
    const value = getAt(snapshot.values, path);
    const element: FileFieldDefinition = {
      type: 'file',
      key: doc.key,
      label: doc.title,
      hint: { vi: this.hint(doc, 'vi'), en: this.hint(doc, 'en') },
      accept: doc.accept,
      maxSizeBytes: doc.maxSizeBytes,
      maxFiles: doc.maxFiles,
    };
    return html`<hoso-file-field
      part="slot"
      id=${this.slotId(doc.key)}
      name=${path}
      lang=${lang}
      .element=${element}
      .value=${Array.isArray(value) ? value : []}
      .errors=${errors}
      ?required=${required}
      @input=${(event: Event) =>
        context.store.setValue(path, (event.currentTarget as unknown as { value: unknown }).value)}
    ></hoso-file-field>`;
  }

  private hint(doc: Document, lang: Lang): string {
    const parts = [msg(FORM_NAMES[doc.form], lang)];
    if (doc.copies !== undefined) parts.push(msg('document.copies', lang, { n: doc.copies }));
    const own = localize(doc.hint, lang);
    return own ? `${parts.join(', ')}. ${own}` : `${parts.join(', ')}.`;
  }

  private errorsOf(path: string, context: FormContextValue): ValidationError[] {
    const own = (e: { path: string }): boolean => e.path === path || e.path.startsWith(path + '.');
    const server = context.serverErrors.filter(own) as ValidationError[];
    if (!this.showErrors) return server;
    return [...context.snapshot.result.errors.filter(own), ...server];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-documents': HosoDocuments;
  }
}
