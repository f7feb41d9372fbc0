import type { Element, ProcedureDefinition } from '@hoso/schema';
import type { FieldNode } from './field-tree.js';
import { DEFAULT_MAX_LENGTH, VALUE_PATTERNS } from './value-formats.js';

type JsonSchema = Record<string, unknown>;

/**
 * The submission's data schema, plain JSON Schema 2020-12. It holds everything that does not
 * depend on other answers: types, lengths, patterns, ranges, options, file limits, and the
 * `required` list of fields that are always shown. Conditional rules (visible-, required- and
 * enabled-when, checks, computed values) are JSON Logic, evaluated by the pipeline.
 */
export function buildDataSchema(definition: ProcedureDefinition, steps: FieldNode[][]): JsonSchema {
  const roots = steps.flatMap((nodes, s) =>
    definition.steps[s]!.visibleWhen === undefined ? nodes : nodes.map(conditional),
  );
  const schema = objectSchema(roots);
  const properties = schema['properties'] as Record<string, JsonSchema>;
  if (definition.delivery) {
    properties['$delivery'] = deliverySchema(definition.delivery);
    // With one method there is nothing to choose: the pipeline fills it in (see default-delivery).
    if (definition.delivery.length > 1) {
      schema['required'] = [...((schema['required'] as string[] | undefined) ?? []), '$delivery'];
    }
  }
  if (definition.documents?.length) {
    properties['$documents'] = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        definition.documents.map((d) => [d.key, fileSchema(d.accept, d.maxSizeBytes, d.maxFiles)]),
      ),
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://hoso.dev/procedures/${definition.id}/${definition.version}/data.json`,
    title: definition.title.en ?? definition.title.vi,
    ...schema,
  };
}

/** The chosen method; a single method is the default, since the citizen is never asked. */
function deliverySchema(methods: readonly string[]): JsonSchema {
  return methods.length === 1
    ? { enum: [...methods], default: methods[0] }
    : { enum: [...methods] };
}

/** Marks a node (of a conditional step) so that it never lands in a `required` list. */
function conditional(node: FieldNode): FieldNode {
  return { ...node, element: { ...node.element, visibleWhen: true } as Element };
}

function objectSchema(nodes: FieldNode[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const node of nodes) {
    if (!node.holdsValue) continue;
    properties[node.key] = valueSchema(node);
    if (isAlwaysRequired(node)) required.push(node.key);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** Required with no condition on the element itself (ancestors are handled by nesting). */
function isAlwaysRequired(node: FieldNode): boolean {
  const e = node.element as { required?: boolean; visibleWhen?: unknown; enabledWhen?: unknown };
  if (e.visibleWhen !== undefined || e.enabledWhen !== undefined) return false;
  if (node.type === 'group') return node.children.some(isAlwaysRequired);
  return e.required === true;
}

function valueSchema(node: FieldNode): JsonSchema {
  const e = node.element;
  switch (e.type) {
    case 'text':
    case 'textarea':
      return strip({
        type: 'string',
        minLength: e.minLength,
        maxLength: e.maxLength ?? DEFAULT_MAX_LENGTH[e.type],
        pattern: e.pattern,
      });
    case 'email':
      return { type: 'string', maxLength: 254, format: 'email' };
    case 'phone':
    case 'citizen-id':
    case 'tax-code':
      return { type: 'string', pattern: VALUE_PATTERNS[e.type] };
    case 'number':
      return strip({ type: 'number', minimum: e.minimum, maximum: e.maximum });
    case 'integer':
      return strip({ type: 'integer', minimum: e.minimum, maximum: e.maximum });
    case 'money':
      return strip({ type: 'integer', minimum: e.minimum ?? 0, maximum: e.maximum });
    case 'date':
      return { type: 'string', format: 'date' };
    case 'select':
    case 'radio':
      return { type: 'string', enum: e.options.map((o) => o.value) };
    case 'checkbox':
      return { type: 'boolean' };
    case 'checkboxes':
      return strip({
        type: 'array',
        items: { enum: e.options.map((o) => o.value) },
        uniqueItems: true,
        minItems: e.minItems,
        maxItems: e.maxItems ?? e.options.length,
      });
    case 'address':
      return {
        type: 'object',
        properties: {
          province: { type: 'string', pattern: VALUE_PATTERNS.province },
          commune: { type: 'string', pattern: VALUE_PATTERNS.commune },
          street: { type: 'string', maxLength: 200 },
        },
        required: ['province', 'commune'],
        additionalProperties: false,
      };
    case 'file':
      return fileSchema(e.accept, e.maxSizeBytes, e.maxFiles);
    case 'computed':
      return { type: COMPUTED_TYPES[e.valueType] };
    case 'group':
      return objectSchema(node.children);
    case 'repeater':
      return strip({
        type: 'array',
        items: objectSchema(node.children),
        minItems: e.minItems,
        maxItems: e.maxItems ?? 100,
      });
    case 'content':
      return {};
  }
}

const COMPUTED_TYPES = { text: 'string', number: 'number', money: 'integer', boolean: 'boolean' };

/** Uploaded files as references: the bytes travel separately (multipart), checked by the server. */
export function fileSchema(
  accept: readonly string[] | undefined,
  maxSizeBytes: number | undefined,
  maxFiles: number | undefined,
): JsonSchema {
  return {
    type: 'array',
    maxItems: maxFiles ?? 10,
    items: {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 255 },
        type: accept ? { enum: [...accept] } : { type: 'string', maxLength: 255 },
        size: strip({ type: 'integer', minimum: 0, maximum: maxSizeBytes }),
        sha256: { type: 'string', pattern: VALUE_PATTERNS.sha256 },
        id: { type: 'string', maxLength: 200 },
      },
      required: ['name', 'type', 'size'],
      additionalProperties: false,
    },
  };
}

/** Drops undefined members, so optional constraints simply do not appear. */
function strip(schema: Record<string, unknown>): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
}
