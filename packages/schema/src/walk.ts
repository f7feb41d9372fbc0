import type {
  Element,
  ProcedureDefinition,
  RepeaterElement,
  Step,
} from './generated/definition.js';

/** Where an element sits: in the definition, in the data, and inside which repeaters. */
export interface ElementVisit {
  element: Element;
  step: Step;
  stepIndex: number;
  /** JSON pointer segments into the definition. */
  pointer: (string | number)[];
  /** Data path of the element's value from the root; `*` stands for any repeater item. */
  dataPath: string[];
  /** The enclosing repeaters, outermost first. */
  repeaters: RepeaterElement[];
  /** The enclosing groups and repeaters, outermost first. */
  ancestors: Element[];
}

/** Element kinds that hold no value of their own in the data. */
export const NON_VALUE_TYPES: ReadonlySet<string> = new Set(['content']);

/** Element kinds whose children nest under their key. */
export const CONTAINER_TYPES: ReadonlySet<string> = new Set(['group', 'repeater']);

/**
 * Visits every element of every step, depth first, in document order. Tolerates malformed
 * input (missing arrays, non-objects) so that it can run on definitions that failed the
 * meta-schema: checks must report problems, never crash.
 */
export function walkElements(
  definition: ProcedureDefinition,
  visit: (v: ElementVisit) => void,
): void {
  const steps: unknown = definition?.steps;
  if (!Array.isArray(steps)) return;
  steps.forEach((step: Step, stepIndex) => {
    if (!isObject(step)) return;
    walkList(step.elements, {
      step,
      stepIndex,
      pointer: ['steps', stepIndex, 'elements'],
      dataPath: [],
      repeaters: [],
      ancestors: [],
      visit,
    });
  });
}

interface WalkContext {
  step: Step;
  stepIndex: number;
  pointer: (string | number)[];
  dataPath: string[];
  repeaters: RepeaterElement[];
  ancestors: Element[];
  visit: (v: ElementVisit) => void;
}

function walkList(elements: unknown, ctx: WalkContext): void {
  if (!Array.isArray(elements)) return;
  elements.forEach((element: Element, index) => {
    if (!isObject(element)) return;
    const pointer = [...ctx.pointer, index];
    const key = typeof element.key === 'string' ? element.key : `#${index}`;
    const dataPath = [...ctx.dataPath, key];
    ctx.visit({
      element,
      step: ctx.step,
      stepIndex: ctx.stepIndex,
      pointer,
      dataPath,
      repeaters: ctx.repeaters,
      ancestors: ctx.ancestors,
    });
    if (element.type === 'group' || element.type === 'repeater') {
      const isRepeater = element.type === 'repeater';
      walkList(element.elements, {
        ...ctx,
        pointer: [...pointer, 'elements'],
        dataPath: isRepeater ? [...dataPath, '*'] : dataPath,
        repeaters: isRepeater ? [...ctx.repeaters, element] : ctx.repeaters,
        ancestors: [...ctx.ancestors, element],
      });
    }
  });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
