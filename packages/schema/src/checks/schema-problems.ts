import type { ErrorObject } from 'ajv';
import { validateAgainstMetaSchema } from '../meta-validator.js';
import type { Problem } from '../problem.js';
import { describeSchemaError } from '../schema-error-messages.js';

/**
 * JSON Schema keywords that look like they could constrain a field but are not part of the
 * format: definitions use Hoso's own constraints, from which the data schema is generated.
 */
const JSON_SCHEMA_KEYWORDS = new Set([
  '$ref',
  '$dynamicRef',
  '$dynamicAnchor',
  '$defs',
  '$id',
  '$anchor',
  '$vocabulary',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'dependentRequired',
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'items',
  'prefixItems',
  'contains',
  'propertyNames',
  'const',
  'enum',
  'format',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'uniqueItems',
]);

/** Meta-schema errors as problems, with precise codes for forbidden JSON Schema keywords. */
export function schemaProblems(json: unknown): Problem[] {
  return validateAgainstMetaSchema(json).filter(isReportable).map(toProblem);
}

// A failed `oneOf` between a number and a rule object also reports each branch; the branch
// errors are the useful ones, so the summary line is dropped when branch errors exist.
// Likewise a `type` error there only says the value is not the other branch's kind.
function isReportable(error: ErrorObject, _index: number, all: ErrorObject[]): boolean {
  if (error.keyword !== 'oneOf' && error.keyword !== 'type') return true;
  const others = all.filter((e) => e !== error && e.instancePath === error.instancePath);
  if (error.keyword === 'oneOf') return others.length === 0;
  return !(
    error.schemaPath.includes('/oneOf/') &&
    others.some((e) => e.keyword !== 'oneOf' && e.keyword !== 'type')
  );
}

function toProblem(error: ErrorObject): Problem {
  const unknownProperty = unknownPropertyOf(error);
  if (unknownProperty !== undefined && JSON_SCHEMA_KEYWORDS.has(unknownProperty)) {
    return {
      pointer: `${error.instancePath}/${escape(unknownProperty)}`,
      code: 'forbidden-keyword',
      message: {
        vi: `Từ khóa JSON Schema "${unknownProperty}" không được dùng trong định nghĩa; hãy dùng các ràng buộc của phần tử (required, minLength, pattern, options…).`,
        en: `The JSON Schema keyword "${unknownProperty}" is not allowed in a definition; use the element's own constraints (required, minLength, pattern, options…).`,
      },
    };
  }
  const pointer =
    unknownProperty !== undefined
      ? `${error.instancePath}/${escape(unknownProperty)}`
      : error.instancePath;
  return { pointer, code: `schema.${error.keyword}`, message: describeSchemaError(error) };
}

function unknownPropertyOf(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  const name = params['additionalProperty'] ?? params['unevaluatedProperty'];
  return typeof name === 'string' ? name : undefined;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
