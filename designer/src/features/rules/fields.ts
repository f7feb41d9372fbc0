import { walkElements, type ProcedureDefinition } from '@hoso/schema';

/** A value a rule can read, as the condition builder offers it. */
export interface FieldChoice {
  path: string;
  label: unknown;
  type: string;
  options?: { value: string; label: unknown }[];
  stepIndex: number;
}

/** Every value-holding field outside repeaters, in document order, plus `$delivery`. */
export function fieldChoices(definition: ProcedureDefinition): FieldChoice[] {
  const choices: FieldChoice[] = [];
  try {
    walkElements(definition, (visit) => {
      const element = visit.element as unknown as Record<string, unknown>;
      const type = String(element.type);
      if (visit.repeaters.length > 0 || type === 'content' || type === 'group') return;
      if (type === 'repeater') return;
      const options = Array.isArray(element.options)
        ? (element.options as { value: string; label: unknown }[])
        : undefined;
      choices.push({
        path: visit.dataPath.join('.'),
        label: element.label ?? element.key,
        type,
        ...(options ? { options } : {}),
        stepIndex: visit.stepIndex,
      });
    });
  } catch {
    // A malformed definition offers what could be read.
  }
  const delivery = Array.isArray(definition?.delivery) ? definition.delivery : [];
  if (delivery.length > 0) {
    choices.push({
      path: '$delivery',
      label: { vi: 'Cách nhận kết quả', en: 'Result delivery' },
      type: 'select',
      options: delivery.map((d) => ({ value: d, label: d })),
      stepIndex: Number.POSITIVE_INFINITY,
    });
  }
  return choices;
}
