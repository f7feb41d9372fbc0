/**
 * Modeling: the designer's editing API (form-js `Modeling`). Each method turns an intention into
 * one command on the stack; nothing else changes the definition.
 */
import type { ProcedureDefinition } from '@hoso/schema';
import { kindOf } from '../palette/element-kinds.js';
import { CommandStack, type StackListener } from './command-stack.js';
import { CompositeHandler } from './cmd/composite.js';
import { DefinitionReplaceHandler } from './cmd/definition-replace.js';
import { ListInsertHandler } from './cmd/list-insert.js';
import { ListMoveHandler } from './cmd/list-move.js';
import { ListRemoveHandler } from './cmd/list-remove.js';
import { PropertySetHandler } from './cmd/property-set.js';
import { clone, getAt, splitItemPointer } from './json-path.js';
import { freshKey, rekey } from './keys.js';
import { planKeyRename, type RenamePlan } from './rename-key.js';

/** Command names (handlers may serve several names: a step and an element move alike). */
export const COMMANDS = {
  propertySet: 'property.set',
  elementAdd: 'element.add',
  elementRemove: 'element.remove',
  elementMove: 'element.move',
  stepAdd: 'step.add',
  stepRemove: 'step.remove',
  stepMove: 'step.move',
  itemAdd: 'item.add',
  itemRemove: 'item.remove',
  itemMove: 'item.move',
  definitionReplace: 'definition.replace',
  elementRename: 'element.rename',
  composite: 'composite',
} as const;

export function createCommandStack(initial?: unknown): CommandStack {
  const stack = new CommandStack(initial);
  stack.register(COMMANDS.propertySet, new PropertySetHandler());
  for (const name of [COMMANDS.elementAdd, COMMANDS.stepAdd, COMMANDS.itemAdd]) {
    stack.register(name, new ListInsertHandler());
  }
  for (const name of [COMMANDS.elementRemove, COMMANDS.stepRemove, COMMANDS.itemRemove]) {
    stack.register(name, new ListRemoveHandler());
  }
  for (const name of [COMMANDS.elementMove, COMMANDS.stepMove, COMMANDS.itemMove]) {
    stack.register(name, new ListMoveHandler());
  }
  stack.register(COMMANDS.definitionReplace, new DefinitionReplaceHandler());
  stack.register(COMMANDS.composite, new CompositeHandler());
  stack.register(COMMANDS.elementRename, new CompositeHandler());
  return stack;
}

export class Modeling {
  readonly stack: CommandStack;

  constructor(initial: unknown) {
    this.stack = createCommandStack(initial);
  }

  /** The definition being edited (possibly malformed: views must read it defensively). */
  get definition(): ProcedureDefinition {
    return this.stack.state as ProcedureDefinition;
  }

  subscribe(listener: StackListener): () => void {
    return this.stack.subscribe(listener);
  }

  undo(): boolean {
    return this.stack.undo();
  }

  redo(): boolean {
    return this.stack.redo();
  }

  /** Sets (or with undefined removes) a value; no command when nothing changes. */
  setProperty(pointer: string, value: unknown): void {
    if (JSON.stringify(getAt(this.definition, pointer)) === JSON.stringify(value)) return;
    this.stack.execute(COMMANDS.propertySet, { pointer, value });
  }

  /**
   * Renames an element's key and rewrites every rule that reads it, as one edit (one undo);
   * a key that is not valid or already used in the element's data scope is refused.
   */
  renameElementKey(pointer: string, newKey: string): RenamePlan {
    const plan = planKeyRename(this.definition, pointer, newKey);
    if (!plan.ok || plan.oldKey === newKey) return plan;
    const set = (at: string, value: unknown) => ({
      name: COMMANDS.propertySet,
      context: { pointer: at, value },
    });
    this.stack.execute(COMMANDS.elementRename, {
      commands: [
        set(`${pointer}/key`, newKey),
        ...plan.rewrites.map((r) => set(r.pointer, r.rule)),
      ],
    });
    return plan;
  }

  /** Adds a new element of a kind to a list (`/steps/0/elements`); returns its pointer. */
  addElement(list: string, index: number, type: string): string {
    const kind = kindOf(type);
    if (!kind) throw new Error(`Unknown element kind ${type}`);
    const element = kind.create(freshKey(this.definition, type));
    const length = (getAt(this.definition, list) as unknown[] | undefined)?.length ?? 0;
    const at = Math.max(0, Math.min(index, length));
    this.stack.execute(COMMANDS.elementAdd, { list, index: at, item: element });
    return `${list}/${at}`;
  }

  duplicateElement(pointer: string): string {
    const { list, index } = splitItemPointer(pointer);
    const copy = rekey(clone(getAt(this.definition, pointer)), this.definition);
    this.stack.execute(COMMANDS.elementAdd, { list, index: index + 1, item: copy });
    return `${list}/${index + 1}`;
  }

  removeElement(pointer: string): void {
    const { list, index } = splitItemPointer(pointer);
    this.stack.execute(COMMANDS.elementRemove, { list, index });
  }

  /**
   * Moves an element to `toIndex` of `toList` (the index it will have once it left its place);
   * returns its new pointer, or undefined when the move is not possible.
   */
  moveElement(pointer: string, toList: string, toIndex: number): string | undefined {
    const { list, index } = splitItemPointer(pointer);
    if (toList === pointer || toList.startsWith(pointer + '/')) return undefined;
    if (list === toList && index === toIndex) return pointer;
    const context = { fromList: list, fromIndex: index, toList, toIndex };
    this.stack.execute(COMMANDS.elementMove, context);
    return `${(context as { resolvedToList?: string }).resolvedToList ?? toList}/${toIndex}`;
  }

  /** Moves an element up or down in its list (the keyboard's move). */
  moveElementBy(pointer: string, delta: number): string | undefined {
    const { list, index } = splitItemPointer(pointer);
    const length = (getAt(this.definition, list) as unknown[]).length;
    const target = index + delta;
    if (target < 0 || target >= length) return undefined;
    return this.moveElement(pointer, list, target);
  }

  addStep(index?: number): string {
    const steps = Array.isArray(this.definition.steps) ? this.definition.steps : [];
    const at = index ?? steps.length;
    const key = freshKey(this.definition, 'step');
    const n = steps.length + 1;
    this.stack.execute(COMMANDS.stepAdd, {
      list: '/steps',
      index: at,
      item: { key, title: { vi: `Bước ${n}`, en: `Step ${n}` }, elements: [] },
    });
    return `/steps/${at}`;
  }

  removeStep(index: number): void {
    this.stack.execute(COMMANDS.stepRemove, { list: '/steps', index });
  }

  moveStep(index: number, toIndex: number): void {
    const length = Array.isArray(this.definition.steps) ? this.definition.steps.length : 0;
    if (toIndex < 0 || toIndex >= length || toIndex === index) return;
    this.stack.execute(COMMANDS.stepMove, {
      fromList: '/steps',
      fromIndex: index,
      toList: '/steps',
      toIndex,
    });
  }

  /** Adds an item to another list (documents, fees, stages, roles, legal basis, options…). */
  addItem(list: string, item: unknown, index?: number): string {
    const length = (getAt(this.definition, list) as unknown[] | undefined)?.length ?? 0;
    const at = index ?? length;
    this.stack.execute(COMMANDS.itemAdd, { list, index: at, item });
    return `${list}/${at}`;
  }

  removeItem(pointer: string): void {
    const { list, index } = splitItemPointer(pointer);
    this.stack.execute(COMMANDS.itemRemove, { list, index });
  }

  moveItem(pointer: string, delta: number): void {
    const { list, index } = splitItemPointer(pointer);
    const length = (getAt(this.definition, list) as unknown[]).length;
    const target = index + delta;
    if (target < 0 || target >= length) return;
    this.stack.execute(COMMANDS.itemMove, {
      fromList: list,
      fromIndex: index,
      toList: list,
      toIndex: target,
    });
  }

  /** Replaces the whole definition as one undoable edit. */
  replace(definition: unknown): void {
    if (JSON.stringify(definition) === JSON.stringify(this.definition)) return;
    this.stack.execute(COMMANDS.definitionReplace, { definition });
  }

  /** A new session on a definition (no history). */
  reset(definition: unknown): void {
    this.stack.reset(definition);
  }
}
