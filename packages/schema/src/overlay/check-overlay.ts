import type { ErrorObject } from 'ajv';
import type { CheckResult } from '../check-definition.js';
import type { Problem } from '../problem.js';
import { describeSchemaError } from '../schema-error-messages.js';
import { isObject } from '../walk.js';
import { changeProblems } from './change-checks.js';
import { validateAgainstOverlaySchema } from './validator.js';

/**
 * Checks an overlay file on its own — its shape (overlay.schema.json) and the meaning of each
 * change — and returns every problem with a JSON pointer into the overlay. Whether the changes
 * apply to a given base is the resolver's business (`resolveOverlay` in @hoso/core).
 */
export function checkOverlay(json: unknown): CheckResult {
  const problems = validateAgainstOverlaySchema(json).filter(isReportable).map(toProblem);
  if (isObject(json) && Array.isArray(json['changes'])) {
    json['changes'].forEach((change: unknown, i) => {
      if (isObject(change)) problems.push(...changeProblems(change, ['changes', i]));
    });
  }
  return { valid: problems.length === 0, problems: dedupe(problems) };
}

// The discriminator already names the failing branch's errors; the oneOf summary adds nothing.
function isReportable(error: ErrorObject, _index: number, all: ErrorObject[]): boolean {
  if (error.keyword !== 'oneOf') return true;
  return !all.some((e) => e !== error && e.instancePath.startsWith(error.instancePath));
}

function toProblem(error: ErrorObject): Problem {
  const p = error.params as Record<string, unknown>;
  const extra = p['additionalProperty'] ?? p['unevaluatedProperty'];
  const pointer =
    typeof extra === 'string'
      ? `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`
      : error.instancePath;
  const message =
    error.keyword === 'discriminator'
      ? {
          vi: `Không có thao tác "${String(p['tagValue'])}"; dùng set, add, remove, move hoặc json-patch.`,
          en: `There is no operation "${String(p['tagValue'])}"; use set, add, remove, move or json-patch.`,
        }
      : describeSchemaError(error);
  return { pointer, code: `overlay.schema.${error.keyword}`, message };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.pointer}|${p.code}|${p.message.en}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
