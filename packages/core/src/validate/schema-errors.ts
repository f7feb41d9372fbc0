import type { ErrorObject } from 'ajv';
import type { FieldNode } from '../compile/field-tree.js';
import { fieldError, type PendingError } from './error-builder.js';
import type { FieldState } from './field-state.js';

const UNKNOWN_ROOT_ORDER = 999_999;
/** After the documents (1,000,000 + i), as the wizard asks for delivery after them. */
const DELIVERY_ORDER = 2_000_000;

/**
 * Turns the data schema's errors into field errors. `required` errors of fields are skipped:
 * the rule stage reports missing answers for every field, conditional or not, with the same
 * code. `$delivery` has no field, so the schema's `required` is what reports it.
 */

export function mapSchemaErrors(
  errors: readonly ErrorObject[],
  fields: ReadonlyMap<string, FieldState>,
  documentNodes: ReadonlyMap<string, FieldNode>,
): PendingError[] {
  const mapped: PendingError[] = [];
  for (const error of errors) {
    const segments = pointerSegments(error.instancePath);
    if (error.keyword === 'required') {
      // Missing fields are the rule stage's to report; a missing part of a value
      // (an address without its commune, a file reference without its size) is reported here.
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      if (fields.has([...segments, missing].join('.'))) continue;
      if (segments.length === 0 && missing === '$delivery') {
        mapped.push(
          fieldError(builtinNode([missing]), [missing], DELIVERY_ORDER, 'required.delivery'),
        );
        continue;
      }
      const owner = nearestField(fields, segments) ?? documentField(documentNodes, segments);
      mapped.push(
        fieldError(
          owner?.node,
          [...segments, missing],
          owner?.order ?? UNKNOWN_ROOT_ORDER,
          'required',
        ),
      );
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      const owner = nearestField(fields, segments);
      const path = [...segments, name];
      // Unknown keys at the root come after every field and before the documents.
      mapped.push(
        fieldError(undefined, path, owner?.order ?? UNKNOWN_ROOT_ORDER, 'unknown-field', {
          field: path.join('.'),
        }),
      );
      continue;
    }
    const owner = nearestField(fields, segments) ?? documentField(documentNodes, segments);
    if (!owner) {
      // Values outside the form's fields: `$delivery`, or `$documents` itself.
      const { code, params } = codeFor(error, undefined, []);
      const order = segments[0] === '$delivery' ? DELIVERY_ORDER : UNKNOWN_ROOT_ORDER;
      mapped.push(fieldError(builtinNode(segments), segments, order, code, params));
      continue;
    }
    const depth = owner.path.length;
    const inner = segments.slice(depth);
    const { code, params } = codeFor(error, owner.node, inner);
    // Errors inside a file list (one file too big) are reported on the field itself.
    const path = owner.node.type === 'file' ? owner.path : segments;
    mapped.push(fieldError(owner.node, path, owner.order, code, params));
  }
  return mapped;
}

function codeFor(
  error: ErrorObject,
  node: FieldNode | undefined,
  inner: readonly (string | number)[],
): { code: string; params: Record<string, unknown> } {
  const p = error.params as Record<string, unknown>;
  if (node?.type === 'file' && inner.length === 2) {
    if (inner[1] === 'type') return { code: 'accept', params: {} };
    if (inner[1] === 'size' && error.keyword === 'maximum') {
      return { code: 'maxSizeBytes', params: { limit: formatBytes(Number(p['limit'])) } };
    }
  }
  switch (error.keyword) {
    case 'pattern':
    case 'format':
      if (node && ['phone', 'citizen-id', 'tax-code', 'email', 'date'].includes(node.type)) {
        return { code: `format.${node.type}`, params: {} };
      }
      return { code: error.keyword, params: {} };
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
      return { code: error.keyword, params: { limit: p['limit'] } };
    case 'enum':
    case 'type':
      return { code: error.keyword, params: {} };
    default:
      return { code: 'invalid', params: { keyword: error.keyword } };
  }
}

/** A label-only node for the reserved values, so their errors read like any field's. */
function builtinNode(segments: readonly (string | number)[]): FieldNode | undefined {
  const label = BUILTIN_LABELS[String(segments[0])];
  if (!label) return undefined;
  return {
    key: String(segments[0]),
    type: 'text',
    element: { type: 'text', key: String(segments[0]), label } as FieldNode['element'],
    pointer: '',
    stepIndex: -1,
    order: UNKNOWN_ROOT_ORDER,
    holdsValue: true,
    children: [],
  };
}

const BUILTIN_LABELS: Record<string, { vi: string; en: string }> = {
  $delivery: { vi: 'Hình thức nhận kết quả', en: 'Result delivery' },
  $documents: { vi: 'Giấy tờ đính kèm', en: 'Attached documents' },
};

/** The field instance whose value contains the given data path (the longest match). */
function nearestField(
  fields: ReadonlyMap<string, FieldState>,
  segments: readonly (string | number)[],
): FieldState | undefined {
  for (let end = segments.length; end > 0; end--) {
    const found = fields.get(segments.slice(0, end).join('.'));
    if (found) return found;
  }
  return undefined;
}

/** `$documents.<key>` has no field in the steps; its node is made from the document. */
function documentField(
  documentNodes: ReadonlyMap<string, FieldNode>,
  segments: readonly (string | number)[],
): FieldState | undefined {
  if (segments[0] !== '$documents' || segments.length < 2) return undefined;
  const node = documentNodes.get(String(segments[1]));
  if (!node) return undefined;
  const path = segments.slice(0, 2);
  return {
    node,
    path,
    id: path.join('.'),
    visible: true,
    enabled: true,
    required: false,
    order: node.order,
    scope: {},
  };
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
