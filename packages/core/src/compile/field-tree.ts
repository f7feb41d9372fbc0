import {
  NON_VALUE_TYPES,
  toPointer,
  type Element,
  type ProcedureDefinition,
} from '@hoso/schema/model';

/** An element of the definition, placed in the tree of the data it produces. */
export interface FieldNode {
  key: string;
  type: Element['type'];
  element: Element;
  /** JSON pointer of the element in the definition. */
  pointer: string;
  stepIndex: number;
  /** Position in document order, for ordering errors the same way everywhere. */
  order: number;
  /** Whether the element holds a value in the data (not `content`). */
  holdsValue: boolean;
  /** Children of a group (nested object) or a repeater (each item an object). */
  children: FieldNode[];
  /** Data path and its dotted form, when the node is not inside a repeater (they never vary). */
  fixedPath?: readonly string[];
  fixedId?: string;
}

/** The value-holding tree of a definition: one list of root nodes per step. */
export function buildFieldTree(definition: ProcedureDefinition): FieldNode[][] {
  let order = 0;
  const build = (
    elements: Element[],
    stepIndex: number,
    at: (string | number)[],
    dataPath: readonly string[] | undefined,
  ): FieldNode[] =>
    elements.map((element, i) => {
      const pointer = [...at, i];
      const node: FieldNode = {
        key: element.key,
        type: element.type,
        element,
        pointer: toPointer(pointer),
        stepIndex,
        order: order++,
        holdsValue: !NON_VALUE_TYPES.has(element.type),
        children: [],
      };
      const fixedPath = dataPath ? [...dataPath, element.key] : undefined;
      if (fixedPath) {
        node.fixedPath = fixedPath;
        node.fixedId = fixedPath.join('.');
      }
      if (element.type === 'group' || element.type === 'repeater') {
        const inner = element.type === 'group' ? fixedPath : undefined;
        node.children = build(element.elements, stepIndex, [...pointer, 'elements'], inner);
      }
      return node;
    });
  return definition.steps.map((step, s) => build(step.elements, s, ['steps', s, 'elements'], []));
}
