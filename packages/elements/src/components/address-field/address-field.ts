import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { VALUE_PATTERNS } from '@hoso/core/precompiled';
import {
  HosoFieldElement,
  type FieldDefinition,
  type FieldIds,
} from '../../internal/hoso-field-element.js';
import { readOnlySelect } from '../../internal/read-only-select.js';
import { msg } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { loadUnits, registeredUnits, UnitsError, type AdministrativeUnits } from './units.js';

/** An address as the data holds it (the `address` element's value). */
export interface AddressValue {
  province?: string;
  commune?: string;
  street?: string;
}

/** An address element of the definition: a field plus the data set it names. */
export interface AddressDefinition extends FieldDefinition {
  units?: string;
}

type Part = keyof AddressValue;

const PROVINCE = new RegExp(VALUE_PATTERNS.province);
const COMMUNE = new RegExp(VALUE_PATTERNS.commune);

/**
 * @summary An address in three parts: province or city, then commune, ward or special zone, then
 * house number and street, in a fieldset whose legend is the label. With an administrative-units
 * data set (`units` or `units-src`) the first two are native selects, the communes following the
 * chosen province; without one they are code inputs checked against the national code formats.
 * A portal can also register the data set once for the whole page with `registerUnits(id, …)`,
 * `id` being the definition's `units` (e.g. `vn-2025-07`).
 *
 * In a `<form>` the value goes into `FormData` under `name` as ONE JSON text
 * (`{"province":"01","commune":"00004","street":"…"}`), the same shape as the submission data.
 * @status experimental
 * @csspart base - The wrapper of the whole field.
 * @csspart label - The legend.
 * @csspart hint - The field's hint.
 * @csspart error - The error message.
 * @csspart control - Each of the three controls.
 * @csspart part-label - The label of each part.
 * @cssproperty --hoso-space-s - Space between the three parts.
 * @cssproperty --hoso-address-street-width - Width of the street input.
 * @event input - A part changed.
 * @event change - The citizen left the address after changing it.
 * @fires hoso-units-error - The data set could not be loaded or read; `detail` holds `url`,
 * `where` and `why` (`{ vi, en }`). The field falls back to code inputs.
 */
@customElement('hoso-address-field')
export class HosoAddressField extends HosoFieldElement {
  static override styles = [
    sharedStyles,
    css`
      .part {
        margin-block-start: var(--hoso-space-s, 0.75rem);
      }
      .part label {
        display: block;
        margin-block-end: 0.25rem;
      }
      .part .hint {
        margin-block-end: 0.25rem;
      }
      .street {
        width: var(--hoso-address-street-width, 100%);
        box-sizing: border-box;
      }
    `,
  ];

  /** The address, or undefined when no part is answered. */
  @property({ attribute: false }) value: AddressValue | undefined;
  /** The administrative-units data set to choose from (see `AdministrativeUnits`). */
  @property({ attribute: false }) units: AdministrativeUnits | undefined;
  /** URL of a JSON data set, fetched once per URL when `units` is not given. */
  @property({ attribute: 'units-src' }) unitsSrc = '';

  @state() private loaded: AdministrativeUnits | undefined;
  @state() private loading = false;
  @state() private loadFailed = false;
  private loadingFrom = '';
  private changedSinceLeft = false;

  declare element: AddressDefinition | undefined;

  protected override get isGroup(): boolean {
    return true;
  }

  /** The data set given to this field, or registered for the id its definition names. */
  private get givenUnits(): AdministrativeUnits | undefined {
    if (this.units) return this.units;
    const registered = this.element?.units ? registeredUnits(this.element.units) : undefined;
    return typeof registered === 'object' ? registered : undefined;
  }
  private get sourceUrl(): string {
    if (this.unitsSrc) return this.unitsSrc;
    const registered = this.element?.units ? registeredUnits(this.element.units) : undefined;
    return typeof registered === 'string' ? registered : '';
  }

  /** The data set in use, if it matches the one the definition names. */
  private get dataSet(): AdministrativeUnits | undefined {
    const units = this.givenUnits ?? this.loaded;
    if (!units) return undefined;
    const wanted = this.element?.units;
    return wanted && units.id && units.id !== wanted ? undefined : units;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['unitsSrc', 'units', 'element'].some((k) => changed.has(k)) && !this.givenUnits) {
      const url = this.sourceUrl;
      if (url) this.load(url);
    }
    if (changed.has('units') || changed.has('element')) this.checkDataSetId();
  }

  private load(url: string): void {
    if (this.loadingFrom === url) return;
    this.loadingFrom = url;
    this.loading = true;
    this.loadFailed = false;
    loadUnits(url).then(
      (units) => {
        if (this.loadingFrom !== url) return;
        this.loading = false;
        this.loaded = units;
        this.checkDataSetId();
      },
      (error: unknown) => {
        if (this.loadingFrom !== url) return;
        this.loading = false;
        this.loadFailed = true;
        this.loadingFrom = '';
        const reason =
          error instanceof UnitsError
            ? error
            : new UnitsError(url, { vi: String(error), en: String(error) });
        this.reportUnitsError(url, reason);
      },
    );
  }

  /** A data set for another `units` id would offer wrong codes: refuse it, say why. */
  private checkDataSetId(): void {
    const units = this.givenUnits ?? this.loaded;
    const wanted = this.element?.units;
    if (!units?.id || !wanted || units.id === wanted) return;
    const params = { got: units.id, want: wanted };
    this.reportUnitsError(
      this.sourceUrl,
      new UnitsError('/id', {
        vi: msg('units.mismatch', 'vi', params),
        en: msg('units.mismatch', 'en', params),
      }),
    );
  }

  private reportUnitsError(url: string, error: UnitsError): void {
    this.dispatchEvent(
      new CustomEvent('hoso-units-error', {
        bubbles: true,
        composed: true,
        detail: {
          url,
          where: error.where,
          why: error.why,
          message: {
            vi: msg('units.invalid', 'vi', { where: error.where, why: error.why.vi }),
            en: msg('units.invalid', 'en', { where: error.where, why: error.why.en }),
          },
        },
      }),
    );
  }

  protected formValue(): string | FormData | null {
    return this.isEmpty() ? null : JSON.stringify(this.value);
  }
  protected isEmpty(): boolean {
    const v = this.value;
    return !v || (!v.province && !v.commune && !v.street?.trim());
  }
  protected anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('select, input');
  }
  protected override restoreState(state: string): void {
    try {
      const parsed: unknown = JSON.parse(state);
      if (typeof parsed === 'object' && parsed !== null) this.value = parsed as AddressValue;
    } catch {
      // A state this field did not write: keep the current value.
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.isReadOnly || this.errors.length > 0 || !this.internals.validity.valid) return;
    const anchor = this.anchor() ?? undefined;
    const v = this.value ?? {};
    if ((v.province && !PROVINCE.test(v.province)) || (v.commune && !COMMUNE.test(v.commune)))
      this.internals.setValidity(
        { patternMismatch: true },
        msg('address.codeInvalid', this.language),
        anchor,
      );
    else if (this.isRequired && (!v.province || !v.commune))
      this.internals.setValidity(
        { valueMissing: true },
        msg('field.required', this.language),
        anchor,
      );
  }

  private setPart(part: Part, text: string): void {
    const next: AddressValue = { ...this.value };
    const trimmed = part === 'street' ? text : text.trim();
    if (trimmed === '') delete next[part];
    else next[part] = trimmed;
    // A commune belongs to one province: choosing another province clears it.
    if (part === 'province' && this.dataSet && next.commune) {
      const communes = this.dataSet.communes[next.province ?? ''] ?? [];
      if (!communes.some((c) => c.code === next.commune)) delete next.commune;
    }
    this.value = Object.keys(next).length > 0 ? next : undefined;
    this.changedSinceLeft = true;
  }

  /** `change` once focus leaves the whole address, so errors show after the last part. */
  private onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && (this.renderRoot.contains(to) || this.contains(to))) return;
    if (!this.changedSinceLeft) return;
    this.changedSinceLeft = false;
    this.emit('change');
  }

  /** With an error shown, focus goes to the first part it points at (an error summary's link). */
  override focus(options?: FocusOptions): void {
    const bad = this.invalidParts(this.errors.length > 0);
    const part = (['province', 'commune', 'street'] as const).find((p) => bad.has(p));
    const id = part === 'commune' ? '-commune' : part === 'street' ? '-street' : '';
    const control = part
      ? this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-control${id}:not(:disabled)`)
      : null;
    if (control) control.focus(options);
    else super.focus(options);
  }

  /** Which parts an error points at; a whole-field error marks the missing parts. */
  private invalidParts(invalid: boolean): Set<Part> {
    const parts = new Set<Part>();
    if (!invalid) return parts;
    for (const error of this.errors) {
      const part = error.path.split('.').pop() as Part;
      if (error.path !== this.name && ['province', 'commune', 'street'].includes(part))
        parts.add(part);
    }
    if (parts.size === 0) {
      if (!this.value?.province) parts.add('province');
      if (!this.value?.commune) parts.add('commune');
    }
    return parts;
  }

  private autocomplete(token: string): string {
    const given = (this.element?.autocomplete ?? '').trim().split(/\s+/);
    if (given.includes('off')) return 'off';
    // Only a section (`section-home`, `shipping`, `billing`) is taken from the definition; the
    // part's own token is ours, so `address-level1` never appears twice.
    const section = given.filter((t) => /^(?:section-[a-z0-9-]+|shipping|billing)$/.test(t));
    return [...section, token].join(' ');
  }

  protected renderControl(ids: FieldIds, invalid: boolean): TemplateResult {
    const lang = this.language;
    const units = this.dataSet;
    const bad = this.invalidParts(invalid);
    const v = this.value ?? {};
    const required = this.isRequired ? 'true' : 'false';
    const described = (own?: string): string | undefined =>
      [own, invalid ? ids.error : ''].filter(Boolean).join(' ') || undefined;
    const status = this.loading
      ? html`<p class="hint" role="status">${msg('address.loading', lang)}</p>`
      : this.loadFailed
        ? html`<p class="hint" role="status">${msg('address.loadFailed', lang)}</p>`
        : nothing;

    let province: TemplateResult;
    let commune: TemplateResult;
    if (units && this.isReadOnly && !this.isDisabled) {
      // Selects have no native read-only state: the chosen names are shown as read-only text.
      const name = (list: { code: string; name: string }[] | undefined, code?: string): string =>
        list?.find((u) => u.code === code)?.name ?? code ?? '';
      province = html`<div class="part">
        <label for=${ids.control} part="part-label">${msg('address.province', lang)}</label>
        ${readOnlySelect({
          id: ids.control,
          text: name(units.provinces, v.province),
          describedBy: described(),
          required: this.isRequired,
          invalid: bad.has('province'),
        })}
      </div>`;
      commune = html`<div class="part">
        <label for="${ids.control}-commune" part="part-label"
          >${msg('address.commune', lang)}</label
        >
        ${readOnlySelect({
          id: `${ids.control}-commune`,
          text: name(units.communes[v.province ?? ''], v.commune),
          describedBy: described(),
          required: this.isRequired,
          invalid: bad.has('commune'),
        })}
      </div>`;
    } else if (units) {
      const communes = v.province ? (units.communes[v.province] ?? []) : [];
      province = html`<div class="part">
        <label for=${ids.control} part="part-label">${msg('address.province', lang)}</label>
        <select
          id=${ids.control}
          part="control"
          ?disabled=${this.isDisabled}
          autocomplete=${this.autocomplete('address-level1')}
          aria-required=${required}
          aria-invalid=${bad.has('province') ? 'true' : 'false'}
          aria-describedby=${ifDefined(described())}
          @input=${(e: Event) => this.setPart('province', (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!v.province}>${msg('choice.placeholder', lang)}</option>
          ${units.provinces.map(
            (p) =>
              html`<option value=${p.code} ?selected=${p.code === v.province}>${p.name}</option>`,
          )}
        </select>
      </div>`;
      const waiting = !v.province;
      commune = html`<div class="part">
        <label for="${ids.control}-commune" part="part-label"
          >${msg('address.commune', lang)}</label
        >
        ${
          waiting
            ? html`<p class="hint" id="${ids.control}-commune-hint">
                ${msg('address.chooseProvinceFirst', lang)}
              </p>`
            : nothing
        }
        <select
          id="${ids.control}-commune"
          part="control"
          ?disabled=${this.isDisabled || waiting}
          autocomplete=${this.autocomplete('address-level2')}
          aria-required=${required}
          aria-invalid=${bad.has('commune') ? 'true' : 'false'}
          aria-describedby=${ifDefined(described(waiting ? `${ids.control}-commune-hint` : ''))}
          @input=${(e: Event) => this.setPart('commune', (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!v.commune}>${msg('choice.placeholder', lang)}</option>
          ${communes.map(
            (c) =>
              html`<option value=${c.code} ?selected=${c.code === v.commune}>${c.name}</option>`,
          )}
        </select>
      </div>`;
    } else {
      province = this.renderCode(ids.control, 'province', v, bad, described, required);
      commune = this.renderCode(`${ids.control}-commune`, 'commune', v, bad, described, required);
    }
    return html`<div part="parts" @focusout=${this.onFocusOut}>
      ${status} ${province} ${commune}
      <div class="part">
        <label for="${ids.control}-street" part="part-label"
          >${msg('address.street', lang)}
          <span class="optional">${msg('field.optional', lang)}</span></label
        >
        <input
          id="${ids.control}-street"
          class="street"
          part="control"
          type="text"
          maxlength="200"
          .value=${live(v.street ?? '')}
          ?disabled=${this.isDisabled}
          ?readonly=${this.isReadOnly}
          autocomplete=${this.autocomplete('address-line1')}
          aria-invalid=${bad.has('street') ? 'true' : 'false'}
          aria-describedby=${ifDefined(described())}
          @input=${(e: Event) => this.setPart('street', (e.target as HTMLInputElement).value)}
        />
      </div>
    </div>`;
  }

  /** A code input, used when there is no data set to choose from. */
  private renderCode(
    id: string,
    part: 'province' | 'commune',
    v: AddressValue,
    bad: Set<Part>,
    described: (own?: string) => string | undefined,
    required: string,
  ): TemplateResult {
    const lang = this.language;
    const digits = part === 'province' ? 2 : 5;
    return html`<div class="part">
      <label for=${id} part="part-label"
        >${msg(part === 'province' ? 'address.provinceCode' : 'address.communeCode', lang)}</label
      >
      <p class="hint" id="${id}-hint">
        ${msg(part === 'province' ? 'address.provinceCodeHint' : 'address.communeCodeHint', lang)}
      </p>
      <input
        id=${id}
        part="control"
        type="text"
        inputmode="numeric"
        pattern="[0-9]{${digits}}"
        maxlength=${digits}
        size=${digits + 2}
        spellcheck="false"
        .value=${live(v[part] ?? '')}
        ?disabled=${this.isDisabled}
        ?readonly=${this.isReadOnly}
        autocomplete="off"
        aria-required=${required}
        aria-invalid=${bad.has(part) ? 'true' : 'false'}
        aria-describedby=${ifDefined(described(`${id}-hint`))}
        @input=${(e: Event) => this.setPart(part, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-address-field': HosoAddressField;
  }
}
