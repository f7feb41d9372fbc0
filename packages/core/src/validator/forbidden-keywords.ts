/**
 * JSON Schema keywords that Hoso never emits in the data schemas it generates, and that the
 * definition checker refuses in an analyst's escape-hatch schema. Each one either changes
 * meaning at run time (dynamic scope, annotation collection) or is not portable: the same data
 * schema must give the same verdict in ajv (browser and Node) and in the Java, .NET and Python
 * back ends that read the published schema.
 */
export const FORBIDDEN_SCHEMA_KEYWORDS = [
  // Resolved through the dynamic scope at validation time, so a reader cannot tell what a
  // reference points to; ajv supports only "#anchor" forms declared at a resource root. Hoso
  // extends definitions with overlays before generation, never with dynamic schema extension.
  '$dynamicRef',
  // Only meaningful as the target of `$dynamicRef`.
  '$dynamicAnchor',
  // 2019-09 predecessors of the two above; not part of 2020-12, yet Ajv2020 still accepts them.
  '$recursiveRef',
  '$recursiveAnchor',
  // Depend on annotations collected across every applicator (allOf, if/then, $ref, ...), which
  // validators implement unevenly and which makes errors hard to map to one field. Hoso knows
  // every field of a step, so it closes objects with `additionalProperties: false` and arrays
  // with `items` instead (json-schema-to-typescript also needs that form to emit closed types).
  'unevaluatedItems',
  'unevaluatedProperties',
  // Belongs in meta-schemas, which a data schema is not; ajv ignores it.
  '$vocabulary',
] as const;

export type ForbiddenSchemaKeyword = (typeof FORBIDDEN_SCHEMA_KEYWORDS)[number];
