import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { formContext, type FormContextValue } from '../../internal/context.js';
import {
  HosoFieldElement,
  type FieldDefinition,
  type FieldIds,
} from '../../internal/hoso-field-element.js';
import { msg } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import {
  DEFAULT_MAX_FILES,
  formatSize,
  rejectionOf,
  sameFile,
  toReference,
  typeName,
  type FileLimits,
  type FileReference,
} from './file-checks.js';

/** A `file` element of a definition, or a document drawn as an upload slot. */
export type FileFieldDefinition = FieldDefinition & FileLimits;

/**
 * @summary An upload slot: attach, replace and remove files, checked for type and size before
 * they are sent. The value is the files' references (`{name, type, size}`), as the data carries
 * them; the files themselves are in `files` and in the field's `FormData` under its `name`.
 * @status experimental
 * @event input - Files were attached, replaced or removed.
 * @event change - Files were attached, replaced or removed.
 * @csspart control - The native file input.
 * @csspart files - The list of attached files.
 * @cssproperty --hoso-file-list-border-color - The rule between attached files.
 */
@customElement('hoso-file-field')
export class HosoFileField extends HosoFieldElement {
  static override styles = [
    sharedStyles,
    css`
      .files {
        list-style: none;
        padding: 0;
        margin: 0 0 0.5rem;
      }
      .files li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: baseline;
        padding: 0.5rem 0;
        border-block-end: 1px solid var(--hoso-file-list-border-color, #b1b4b6);
      }
      .files .name {
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      button.link {
        font: inherit;
        background: none;
        border: 0;
        padding: 0;
        color: var(--hoso-link-color, #1d70b8);
        text-decoration: underline;
        cursor: pointer;
      }
      .limits {
        color: var(--hoso-secondary-text-color, #505a5f);
        margin: 0 0 0.25rem;
      }
    `,
  ];

  /** References of the attached files, as the submission's data carries them. */
  @property({ attribute: false }) value: FileReference[] = [];

  /** Inside a `<hoso-procedure>`, the files are kept by its file registry (they outlive steps). */
  @consume({ context: formContext, subscribe: false })
  @state()
  private context: FormContextValue | undefined;

  @state() private ownFiles: File[] = [];
  @state() private rejections: string[] = [];
  @state() private status = '';
  private replacing: number | undefined;

  @query('input[type="file"]') private picker!: HTMLInputElement | null;

  /** The attached files (bytes), one per reference in `value` that has them on this device. */
  get files(): File[] {
    const kept = this.context ? this.context.files.get(this.name) : this.ownFiles;
    return kept.filter((file) => this.value.some((ref) => sameFile(ref, file)));
  }

  /** The slot's limits, from `element` (a `file` element or a document of the definition). */
  private get limits(): FileLimits & { maxFiles: number } {
    const element = this.element as FileFieldDefinition | undefined;
    return {
      accept: element?.accept,
      maxSizeBytes: element?.maxSizeBytes,
      maxFiles: element?.maxFiles ?? DEFAULT_MAX_FILES,
    };
  }

  protected formValue(): FormData | null {
    const files = this.files;
    if (files.length === 0) return null;
    const data = new FormData();
    for (const file of files) data.append(this.name, file);
    return data;
  }
  protected isEmpty(): boolean {
    return this.value.length === 0;
  }
  protected anchor(): HTMLElement | null {
    return this.picker;
  }
  // A browser cannot restore picked files after navigation.
  protected override restoreState(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!Array.isArray(this.value)) this.value = [];
  }

  private keep(files: File[]): void {
    if (this.context) this.context.files.set(this.name, files);
    else this.ownFiles = files;
    this.value = files.map(toReference);
  }

  private onPick(event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    const picked = [...(input.files ?? [])];
    input.value = '';
    if (picked.length === 0) return;
    const lang = this.language;
    const limits = this.limits;
    const rejections: string[] = [];
    const accepted = picked.filter((file) => {
      const why = rejectionOf(file, limits, lang);
      if (why) rejections.push(why);
      return !why;
    });
    let files = this.files;
    let added: File[] = [];
    let replaced: File | undefined;
    if (accepted.length > 0) {
      if (this.replacing !== undefined && files[this.replacing]) {
        replaced = files[this.replacing];
        files = files.map((f, i) => (i === this.replacing ? accepted[0]! : f));
        added = [accepted[0]!];
      } else if (limits.maxFiles === 1) {
        replaced = files[0];
        files = [accepted[0]!];
        added = files;
      } else {
        const room = Math.max(0, limits.maxFiles - files.length);
        added = accepted.slice(0, room);
        if (accepted.length > room)
          rejections.push(msg('file.too-many', lang, { max: limits.maxFiles }));
        files = [...files, ...added];
      }
    }
    this.replacing = undefined;
    this.rejections = rejections;
    if (added.length > 0) {
      this.keep(files);
      const names = added.map((f) => f.name).join(', ');
      this.status = replaced
        ? msg('file.replaced', lang, { old: replaced.name, name: names })
        : msg('file.added', lang, { name: names });
      this.emit('input');
      this.emit('change');
    } else {
      this.status = rejections.join(' ');
    }
  }

  private async removeFile(index: number): Promise<void> {
    const files = this.files;
    const refs = [...this.value];
    const [gone] = refs.splice(index, 1);
    const kept = files.filter((f) => refs.some((ref) => sameFile(ref, f)));
    if (this.context) this.context.files.set(this.name, kept);
    else this.ownFiles = kept;
    this.value = refs;
    this.rejections = [];
    this.status = msg('file.removed', this.language, { name: gone?.name ?? '' });
    this.emit('input');
    this.emit('change');
    await this.updateComplete;
    this.picker?.focus();
  }

  private replaceFile(index: number): void {
    this.replacing = index;
    this.picker?.click();
  }

  private limitsText(): string {
    const lang = this.language;
    const { accept, maxSizeBytes, maxFiles } = this.limits;
    const parts: string[] = [];
    if (accept?.length)
      parts.push(msg('file.limit.types', lang, { types: accept.map(typeName).join(', ') }));
    if (maxSizeBytes !== undefined)
      parts.push(msg('file.limit.size', lang, { max: formatSize(maxSizeBytes, lang) }));
    parts.push(
      maxFiles === 1
        ? msg('file.limit.one', lang)
        : msg('file.limit.count', lang, { max: maxFiles }),
    );
    return parts.join(' · ');
  }

  /**
   * Read-only: the attached files are listed, nothing can be picked, replaced or removed. A file
   * input has no `readonly`, so the list itself takes focus (named by the label), keeping the
   * field in the tab order as a read-only text field would be.
   */
  private renderReadOnly(ids: FieldIds): TemplateResult {
    const lang = this.language;
    return html`<div
      id=${ids.control}
      class="read-only-files"
      role="group"
      tabindex="0"
      aria-labelledby=${ids.label}
      aria-describedby=${ids.describedBy ?? nothing}
    >
      ${
        this.value.length === 0
          ? html`<p class="hint">${msg('file.none', lang)}</p>`
          : html`<ul class="files" part="files" aria-label=${msg('file.list', lang)}>
              ${this.value.map(
                (ref) =>
                  html`<li>
                    <span class="name">${ref.name}</span>
                    <span class="meta">${typeName(ref.type)}, ${formatSize(ref.size, lang)}</span>
                  </li>`,
              )}
            </ul>`
      }
    </div>`;
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    if (this.isReadOnly && !this.isDisabled) return this.renderReadOnly(ids);
    const lang = this.language;
    const { accept, maxFiles } = this.limits;
    const files = this.files;
    const limitsId = `${this.uid}-limits`;
    const rejectedId = `${this.uid}-rejected`;
    const describedBy = [ids.describedBy, limitsId, this.rejections.length ? rejectedId : '']
      .filter(Boolean)
      .join(' ');
    const onDevice = (ref: FileReference): boolean => files.some((f) => sameFile(ref, f));
    return html`<p class="limits" id=${limitsId}>${this.limitsText()}</p>
      ${
        this.value.length === 0
          ? nothing
          : html`<ul class="files" part="files" aria-label=${msg('file.list', lang)}>
              ${this.value.map(
                (ref, index) =>
                  html`<li>
                    <span class="name">${ref.name}</span>
                    <span class="meta">${typeName(ref.type)}, ${formatSize(ref.size, lang)}</span>
                    ${
                      onDevice(ref)
                        ? html`<button
                            type="button"
                            class="link replace"
                            ?disabled=${this.isDisabled}
                            @click=${() => this.replaceFile(index)}
                          >
                            ${msg('file.replace', lang)}<span class="visually-hidden">
                              ${ref.name}</span
                            >
                          </button>`
                        : nothing
                    }
                    <button
                      type="button"
                      class="link remove"
                      ?disabled=${this.isDisabled}
                      @click=${() => this.removeFile(index)}
                    >
                      ${msg('file.remove', lang)}<span class="visually-hidden"> ${ref.name}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
      }
      ${
        this.rejections.length
          ? html`<div class="error" id=${rejectedId}>
              ${this.rejections.map(
                (r) =>
                  html`<p class="error">
                    <span class="visually-hidden">${msg('error.prefix', lang)}</span> ${r}
                  </p>`,
              )}
            </div>`
          : nothing
      }
      <input
        id=${ids.control}
        part="control"
        type="file"
        accept=${accept?.join(',') ?? nothing}
        ?multiple=${maxFiles > 1}
        ?disabled=${this.isDisabled}
        aria-required=${this.isRequired ? 'true' : 'false'}
        aria-invalid=${invalid || this.rejections.length > 0 ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${this.onPick}
      />
      <p class="visually-hidden status" role="status">${this.status}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-file-field': HosoFileField;
  }
}
