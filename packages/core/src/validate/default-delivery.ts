import type { ProcedureDefinition } from '@hoso/schema';

/**
 * A definition with a single delivery method never asks the citizen to choose, so a submission
 * without `$delivery` is not refused: the method is filled in before the rules run. Browser and
 * server both go through here, so fee rules and the stored dossier see the same choice.
 */
export function withDefaultDelivery(
  definition: ProcedureDefinition,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const methods = definition.delivery ?? [];
  if (methods.length !== 1 || Object.hasOwn(data, '$delivery')) return data;
  return { ...data, $delivery: methods[0] };
}
