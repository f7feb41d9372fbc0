import type { LocalizedText } from '../generated/definition.js';

/** The kinds of keyed items an overlay can address, add, remove and move. */
export const ITEM_KINDS = [
  'step',
  'element',
  'option',
  'check',
  'fee',
  'document',
  'legalBasis',
  'role',
  'stage',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Everything a target can name: a keyed item, or a property of the definition itself. */
export type TargetKind = ItemKind | 'procedure';

/** Top-level properties of a definition that `{ "procedure": … }` may set or remove. */
export const PROCEDURE_PROPERTIES = [
  'id',
  'code',
  'title',
  'description',
  'sector',
  'agency',
  'legalBasis',
  'serviceLevel',
  'processingTime',
  'fees',
  'documents',
  'delivery',
  'flow',
] as const;
export type ProcedureProperty = (typeof PROCEDURE_PROPERTIES)[number];

/** The member of an item that is its stable key. */
export const ITEM_KEY: Readonly<Record<ItemKind, string>> = {
  step: 'key',
  element: 'key',
  option: 'value',
  check: 'key',
  fee: 'key',
  document: 'key',
  legalBasis: 'number',
  role: 'key',
  stage: 'key',
};

/** What a change addresses, by key (see overlay.schema.json). */
export interface OverlayTarget {
  step?: string;
  /** Data path: `applicant.fullName`. */
  element?: string;
  /** With `element`: the `value` of one of its options. */
  option?: string;
  /** With `element`: the key of one of its checks. */
  check?: string;
  fee?: string;
  document?: string;
  /** The `number` of a legal document. */
  legalBasis?: string;
  role?: string;
  stage?: string;
  procedure?: ProcedureProperty;
}

type ItemMembers = { [K in ItemKind]?: Record<string, unknown> };

export interface SetChange {
  op: 'set';
  target: OverlayTarget;
  /** Merged into the target as an RFC 7396 merge patch. */
  value: unknown;
  note?: LocalizedText;
}

export interface AddChange extends ItemMembers {
  op: 'add';
  before?: OverlayTarget;
  after?: OverlayTarget;
  into?: OverlayTarget;
  note?: LocalizedText;
}

export interface RemoveChange {
  op: 'remove';
  target: OverlayTarget;
  note?: LocalizedText;
}

export interface MoveChange {
  op: 'move';
  target: OverlayTarget;
  before?: OverlayTarget;
  after?: OverlayTarget;
  into?: OverlayTarget;
  note?: LocalizedText;
}

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
}

export interface JsonPatchChange {
  op: 'json-patch';
  patch: JsonPatchOperation[];
  note?: LocalizedText;
}

export type OverlayChange = SetChange | AddChange | RemoveChange | MoveChange | JsonPatchChange;

/** A province's changes to a base definition (overlay.schema.json). */
export interface ProcedureOverlay {
  $schema?: string;
  formatVersion: 1;
  title?: LocalizedText;
  base: { id: string; version: string };
  /** Version of the resolved definition; the base's version when not set. */
  version?: string;
  changes: OverlayChange[];
}

/** Where a change may place an item: next to a sibling, or at the end of a container. */
export const POSITIONS = ['before', 'after', 'into'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * JSON pointers of the keyed lists: a JSON Patch may not reach inside them, because it would
 * address their items by position — exactly what overlays avoid.
 */
export const KEYED_LIST_POINTERS: readonly string[] = [
  '/steps',
  '/fees',
  '/documents',
  '/legalBasis',
  '/flow/roles',
  '/flow/stages',
];
