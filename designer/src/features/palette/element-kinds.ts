/**
 * Metadata of every element kind (form-js's field `config`): what the palette offers, how a new
 * element starts, and which entries the properties panel shows. One table drives both, so a
 * new kind in the definition format is one entry here.
 */
import type { Element, LocalizedText } from '@hoso/schema';

export type PropertyKind =
  | 'localized'
  | 'localized-long'
  | 'boolean'
  | 'number'
  | 'text'
  | 'date-limit'
  | 'options'
  | 'default'
  | 'accept'
  | 'value-type'
  | 'formula';

export type PropertyGroup = 'general' | 'validation' | 'advanced';

export interface PropertySpec {
  /** Member of the element. */
  name: string;
  kind: PropertyKind;
  group: PropertyGroup;
  /** Must stay set (the meta-schema requires it). */
  required?: boolean;
  /** The `messages` entry that overrides this constraint's built-in message. */
  message?: string;
}

export type KindGroup = 'input' | 'choice' | 'vietnam' | 'layout';

export interface ElementKind {
  type: Element['type'];
  title: LocalizedText & { en: string };
  group: KindGroup;
  /** A short glyph for the palette and canvas (decorative). */
  icon: string;
  /** Holds a value with label/hint/required (FieldBase). */
  field: boolean;
  /** Which rule properties apply. */
  rules: ('visibleWhen' | 'requiredWhen' | 'enabledWhen')[];
  properties: PropertySpec[];
  create(key: string): Element;
}

const FIELD_RULES: ElementKind['rules'] = ['visibleWhen', 'requiredWhen', 'enabledWhen'];

const LABEL: PropertySpec = { name: 'label', kind: 'localized', group: 'general', required: true };
const HINT: PropertySpec = { name: 'hint', kind: 'localized', group: 'general' };
const PLACEHOLDER: PropertySpec = { name: 'placeholder', kind: 'localized', group: 'general' };
const REQUIRED: PropertySpec = {
  name: 'required',
  kind: 'boolean',
  group: 'validation',
  message: 'required',
};
const AUTOCOMPLETE: PropertySpec = { name: 'autocomplete', kind: 'text', group: 'advanced' };
const DEFAULT: PropertySpec = { name: 'default', kind: 'default', group: 'general' };
const OPTIONS: PropertySpec = {
  name: 'options',
  kind: 'options',
  group: 'general',
  required: true,
  message: 'enum',
};
const STRING_CONSTRAINTS: PropertySpec[] = [
  { name: 'minLength', kind: 'number', group: 'validation', message: 'minLength' },
  { name: 'maxLength', kind: 'number', group: 'validation', message: 'maxLength' },
  { name: 'pattern', kind: 'text', group: 'validation', message: 'pattern' },
];
const NUMBER_CONSTRAINTS: PropertySpec[] = [
  { name: 'minimum', kind: 'number', group: 'validation', message: 'minimum' },
  { name: 'maximum', kind: 'number', group: 'validation', message: 'maximum' },
];

function field(
  type: Element['type'],
  title: { vi: string; en: string },
  group: KindGroup,
  icon: string,
  extra: PropertySpec[],
  initial: Record<string, unknown> = {},
): ElementKind {
  return {
    type,
    title,
    group,
    icon,
    field: true,
    rules: FIELD_RULES,
    properties: [LABEL, HINT, PLACEHOLDER, DEFAULT, REQUIRED, ...extra, AUTOCOMPLETE],
    create: (key) =>
      ({ type, key, label: { vi: title.vi, en: title.en }, ...initial }) as unknown as Element,
  };
}

const sampleOptions = () => [
  { value: 'a', label: { vi: 'Lựa chọn 1', en: 'Option 1' } },
  { value: 'b', label: { vi: 'Lựa chọn 2', en: 'Option 2' } },
];

export const ELEMENT_KINDS: readonly ElementKind[] = [
  field('text', { vi: 'Ô chữ', en: 'Text' }, 'input', 'Aa', STRING_CONSTRAINTS),
  field('textarea', { vi: 'Đoạn văn', en: 'Long text' }, 'input', '¶', [
    ...STRING_CONSTRAINTS,
    { name: 'rows', kind: 'number', group: 'advanced' },
  ]),
  field('number', { vi: 'Số', en: 'Number' }, 'input', '1.5', [
    ...NUMBER_CONSTRAINTS,
    { name: 'unit', kind: 'localized', group: 'general' },
  ]),
  field('integer', { vi: 'Số nguyên', en: 'Whole number' }, 'input', '123', [
    ...NUMBER_CONSTRAINTS,
    { name: 'unit', kind: 'localized', group: 'general' },
  ]),
  field('money', { vi: 'Số tiền (đồng)', en: 'Amount (đồng)' }, 'input', '₫', NUMBER_CONSTRAINTS),
  field('date', { vi: 'Ngày', en: 'Date' }, 'input', '▦', [
    { name: 'minimum', kind: 'date-limit', group: 'validation', message: 'minimum' },
    { name: 'maximum', kind: 'date-limit', group: 'validation', message: 'maximum' },
  ]),
  field('email', { vi: 'Thư điện tử', en: 'Email' }, 'input', '@', []),
  field('phone', { vi: 'Số điện thoại', en: 'Phone' }, 'input', '☎', []),
  field('select', { vi: 'Danh sách chọn', en: 'Dropdown' }, 'choice', '▾', [OPTIONS], {
    options: sampleOptions(),
  }),
  field('radio', { vi: 'Chọn một', en: 'Radio buttons' }, 'choice', '◉', [OPTIONS], {
    options: sampleOptions(),
  }),
  field('checkbox', { vi: 'Ô đánh dấu', en: 'Checkbox' }, 'choice', '☑', []),
  field(
    'checkboxes',
    { vi: 'Chọn nhiều', en: 'Checkboxes' },
    'choice',
    '☰',
    [
      OPTIONS,
      { name: 'minItems', kind: 'number', group: 'validation', message: 'minItems' },
      { name: 'maxItems', kind: 'number', group: 'validation', message: 'maxItems' },
    ],
    { options: sampleOptions() },
  ),
  field('citizen-id', { vi: 'Số định danh (CCCD)', en: 'Citizen ID' }, 'vietnam', 'ID', []),
  field('tax-code', { vi: 'Mã số thuế', en: 'Tax code' }, 'vietnam', 'MST', []),
  field('address', { vi: 'Địa chỉ', en: 'Address' }, 'vietnam', '⌂', [
    { name: 'units', kind: 'text', group: 'advanced' },
  ]),
  field('file', { vi: 'Tệp đính kèm', en: 'File upload' }, 'input', '⎘', [
    { name: 'accept', kind: 'accept', group: 'validation', message: 'accept' },
    { name: 'maxSizeBytes', kind: 'number', group: 'validation', message: 'maxSizeBytes' },
    { name: 'maxFiles', kind: 'number', group: 'validation' },
    { name: 'document', kind: 'text', group: 'advanced' },
  ]),
  {
    type: 'group',
    title: { vi: 'Nhóm', en: 'Group' },
    group: 'layout',
    icon: '▭',
    field: false,
    rules: ['visibleWhen', 'enabledWhen'],
    properties: [{ name: 'label', kind: 'localized', group: 'general' }, HINT],
    create: (key) => ({ type: 'group', key, label: { vi: 'Nhóm', en: 'Group' }, elements: [] }),
  },
  {
    type: 'repeater',
    title: { vi: 'Danh sách lặp', en: 'Repeater' },
    group: 'layout',
    icon: '⧉',
    field: false,
    rules: ['visibleWhen', 'enabledWhen'],
    properties: [
      LABEL,
      HINT,
      { name: 'itemLabel', kind: 'localized', group: 'general' },
      { name: 'minItems', kind: 'number', group: 'validation', message: 'minItems' },
      { name: 'maxItems', kind: 'number', group: 'validation', message: 'maxItems' },
    ],
    create: (key) => ({
      type: 'repeater',
      key,
      label: { vi: 'Danh sách', en: 'List' },
      elements: [],
    }),
  },
  {
    type: 'content',
    title: { vi: 'Đoạn hướng dẫn', en: 'Guidance text' },
    group: 'layout',
    icon: 'ℹ',
    field: false,
    rules: ['visibleWhen'],
    properties: [{ name: 'text', kind: 'localized-long', group: 'general', required: true }],
    create: (key) => ({
      type: 'content',
      key,
      text: { vi: 'Nội dung hướng dẫn', en: 'Guidance' },
    }),
  },
  {
    type: 'computed',
    title: { vi: 'Giá trị tính toán', en: 'Computed value' },
    group: 'layout',
    icon: 'ƒ',
    field: false,
    rules: ['visibleWhen'],
    properties: [
      LABEL,
      HINT,
      { name: 'valueType', kind: 'value-type', group: 'general', required: true },
      { name: 'rule', kind: 'formula', group: 'general', required: true },
    ],
    create: (key) => ({
      type: 'computed',
      key,
      label: { vi: 'Giá trị tính toán', en: 'Computed value' },
      valueType: 'number',
      rule: 0,
    }),
  },
];

const BY_TYPE = new Map(ELEMENT_KINDS.map((k) => [k.type as string, k]));

export function kindOf(type: unknown): ElementKind | undefined {
  return typeof type === 'string' ? BY_TYPE.get(type) : undefined;
}

export const KIND_GROUPS: { group: KindGroup; title: { vi: string; en: string } }[] = [
  { group: 'input', title: { vi: 'Nhập liệu', en: 'Inputs' } },
  { group: 'choice', title: { vi: 'Lựa chọn', en: 'Choices' } },
  { group: 'vietnam', title: { vi: 'Dữ liệu Việt Nam', en: 'Vietnamese data' } },
  { group: 'layout', title: { vi: 'Bố cục và tính toán', en: 'Layout and computed' } },
];
