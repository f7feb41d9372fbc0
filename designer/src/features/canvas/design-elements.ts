/**
 * The canvas draws each element with the @hoso/elements component the citizen will get, so
 * what the analyst sees is what the citizen sees. Kinds without a component yet (or whose
 * component is not registered in this build) return undefined and keep the designer's own
 * renderer. The canvas puts these components in an `inert` container: nothing in them can be
 * focused, typed into or clicked.
 */
import { HosoFieldElement } from '@hoso/elements';
import type { TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { Locale } from '../i18n/locale.js';

interface DesignTag {
  /** The custom element's name, to ask the registry whether it is defined. */
  name: string;
  /** The same name as a Lit literal: tags come from this table, never from a definition. */
  tag: StaticValue;
  /** Form fields must be Hoso fields (label, hint, control in one shadow root). */
  field: boolean;
}

const TEXT: DesignTag = { name: 'hoso-text-field', tag: literal`hoso-text-field`, field: true };
const NUMBER: DesignTag = {
  name: 'hoso-number-field',
  tag: literal`hoso-number-field`,
  field: true,
};
const DATE: DesignTag = { name: 'hoso-date-field', tag: literal`hoso-date-field`, field: true };
const CHOICE: DesignTag = {
  name: 'hoso-choice-field',
  tag: literal`hoso-choice-field`,
  field: true,
};
const CHECKBOX: DesignTag = {
  name: 'hoso-checkbox-field',
  tag: literal`hoso-checkbox-field`,
  field: true,
};

/** The component of each element kind (groups and repeaters stay canvas drop zones). */
const DESIGN_TAGS: Readonly<Record<string, DesignTag>> = {
  text: TEXT,
  textarea: TEXT,
  email: TEXT,
  phone: TEXT,
  'citizen-id': TEXT,
  'tax-code': TEXT,
  number: NUMBER,
  integer: NUMBER,
  money: NUMBER,
  date: DATE,
  select: CHOICE,
  radio: CHOICE,
  checkboxes: CHOICE,
  checkbox: CHECKBOX,
  file: { name: 'hoso-file-field', tag: literal`hoso-file-field`, field: true },
  address: { name: 'hoso-address-field', tag: literal`hoso-address-field`, field: true },
  computed: { name: 'hoso-computed-field', tag: literal`hoso-computed-field`, field: false },
  content: { name: 'hoso-content', tag: literal`hoso-content`, field: false },
};

/** The registered component for a kind, if it takes a definition element as `element`. */
export function designTagFor(type: unknown): string | undefined {
  const entry = typeof type === 'string' ? DESIGN_TAGS[type] : undefined;
  if (!entry) return undefined;
  const ctor = customElements.get(entry.name);
  if (!ctor || !('element' in ctor.prototype)) return undefined;
  if (entry.field && !(ctor.prototype instanceof HosoFieldElement)) return undefined;
  return entry.name;
}

/** The element drawn by its @hoso/elements component, or undefined when it has none. */
export function renderDesignElement(
  element: Record<string, unknown>,
  locale: Locale,
): TemplateResult | undefined {
  if (!designTagFor(element.type)) return undefined;
  const { tag } = DESIGN_TAGS[element.type as string]!;
  return staticHtml`<${tag}
    class="design-element"
    lang=${locale}
    .element=${element}
    ?required=${element.required === true}
  ></${tag}>`;
}
