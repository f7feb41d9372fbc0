import type { LocalizedMessage } from '@hoso/schema';
import type { CompiledProcedure } from '../compile/compile-procedure.js';
import type { FieldState } from '../validate/field-state.js';
import { runPipeline, type ValidateOptions } from '../validate/pipeline.js';
import type { ValidationError, ValidationResult } from '../validate/result.js';
import { setAtPath } from './set-at-path.js';

/** What a renderer needs to draw one field. */
export interface FieldView {
  id: string;
  visible: boolean;
  enabled: boolean;
  required: boolean;
  /** Every current error of the field (and of its parts, e.g. `address.commune`). */
  errors: ValidationError[];
  /** The errors to show now: after the field was left, its step was attempted, or on submit. */
  shownErrors: ValidationError[];
}

export interface StepView {
  key: string;
  index: number;
  title: LocalizedMessage;
  visible: boolean;
}

export interface FormSnapshot {
  /** The answers as entered (before cleaning). */
  values: Record<string, unknown>;
  /** The pipeline's verdict on the current answers. */
  result: ValidationResult;
  fields: ReadonlyMap<string, FieldView>;
  steps: readonly StepView[];
  /** Index (in `definition.steps`) of the step being shown. */
  currentStep: number;
  /** True on the last visible step: the next move is review and submit. */
  isLastStep: boolean;
  isFirstStep: boolean;
  submitted: boolean;
}

export type Listener = (snapshot: FormSnapshot) => void;

export interface FormStore {
  getState(): FormSnapshot;
  subscribe(listener: Listener): () => void;
  setValue(path: string, value: unknown): void;
  /** Marks a field as left by the citizen, so its errors show. */
  touch(path: string): void;
  /** Moves to the next visible step if the current one has no errors; shows them otherwise. */
  next(): boolean;
  previous(): void;
  goTo(stepKey: string): void;
  /** Shows every error; returns the pipeline's result for the submission. */
  submit(): ValidationResult;
  reset(values?: Record<string, unknown>): void;
}

export interface FormStoreOptions extends ValidateOptions {
  values?: Record<string, unknown>;
}

/**
 * Form state for any renderer: a small store with subscriptions. Every change of an answer
 * reruns the same pipeline the server runs, so what a field shows is what the server would say.
 */
export function createFormStore(
  compiled: CompiledProcedure,
  options: FormStoreOptions = {},
): FormStore {
  let values: Record<string, unknown> = structuredClone(options.values ?? defaultValues(compiled));
  let touched = new Set<string>();
  let attemptedSteps = new Set<number>();
  let submitted = false;
  let currentStep = 0;
  const listeners = new Set<Listener>();
  // The pipeline reruns only when the answers change; touching a field or moving between
  // steps changes which errors show, not the verdict.
  let run = runPipeline(compiled, values, options);
  let owned = errorsByField(run.fields, run.result.errors);
  let runValues = values;
  let snapshot = build(undefined);

  /** The new snapshot; `last` itself when nothing a renderer draws changed. */
  function build(last: FormSnapshot | undefined): FormSnapshot {
    const rerun = runValues !== values;
    if (rerun) {
      run = runPipeline(compiled, values, options);
      owned = errorsByField(run.fields, run.result.errors);
      runValues = values;
    }
    const steps = compiled.definition.steps.map((step, index) => ({
      key: step.key,
      index,
      title: { vi: step.title.vi, en: step.title.en ?? step.title.vi },
      visible: run.stepVisible[index] ?? true,
    }));
    if (!steps[currentStep]?.visible)
      currentStep =
        nearestVisible(steps, currentStep, 1) ?? nearestVisible(steps, currentStep, -1) ?? 0;
    const previous = last?.fields;
    let sameViews = previous !== undefined && previous.size === run.fields.length;
    const fields = new Map(
      run.fields.map((f) => {
        const before = previous?.get(f.id);
        const next = view(f, owned.get(f.id) ?? [], before);
        if (next !== before) sameViews = false;
        return [f.id, next];
      }),
    );
    // Nothing a renderer draws changed (a field without errors was left, say): the snapshot
    // stays the same object, and subscribers are not called.
    if (
      sameViews &&
      !rerun &&
      last !== undefined &&
      last.currentStep === currentStep &&
      last.submitted === submitted &&
      last.steps.every((step, index) => step.visible === steps[index]?.visible)
    )
      return last;
    return {
      values,
      result: run.result,
      fields,
      steps,
      currentStep,
      isLastStep: nearestVisible(steps, currentStep + 1, 1) === undefined,
      isFirstStep: nearestVisible(steps, currentStep - 1, -1) === undefined,
      submitted,
    };
  }

  /**
   * The field's view; the previous one, unchanged, when nothing about the field changed, so
   * renderers comparing by identity (Lit) skip the field.
   */
  function view(field: FieldState, own: ValidationError[], before?: FieldView): FieldView {
    const show = submitted || touched.has(field.id) || attemptedSteps.has(field.node.stepIndex);
    const errors = before && sameErrors(before.errors, own) ? before.errors : own;
    const wanted = show ? errors : [];
    const shownErrors =
      before && sameErrors(before.shownErrors, wanted) ? before.shownErrors : wanted;
    if (
      before &&
      before.visible === field.visible &&
      before.enabled === field.enabled &&
      before.required === field.required &&
      before.errors === errors &&
      before.shownErrors === shownErrors
    )
      return before;
    return {
      id: field.id,
      visible: field.visible,
      enabled: field.enabled,
      required: field.required,
      errors,
      shownErrors,
    };
  }

  function publish(): void {
    const next = build(snapshot);
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of listeners) listener(next);
  }

  function stepErrors(stepIndex: number): ValidationError[] {
    return snapshot.result.errors.filter((e) => {
      const field = fieldOwning(snapshot.fields, e.path);
      return field !== undefined && stepOf(field) === stepIndex;
    });
  }

  function stepOf(field: FieldView): number | undefined {
    return runStepIndex.get(field.id.split('.')[0]!);
  }

  const runStepIndex = new Map<string, number>(
    compiled.tree.flatMap((nodes, s) => nodes.map((n) => [n.key, s] as const)),
  );

  return {
    getState: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setValue(path, value) {
      values = setAtPath(values, path, value);
      publish();
    },
    touch(path) {
      if (touched.has(path)) return;
      touched = new Set(touched).add(path);
      publish();
    },
    next() {
      attemptedSteps = new Set(attemptedSteps).add(currentStep);
      if (stepErrors(currentStep).length > 0) {
        publish();
        return false;
      }
      const target = nearestVisible(snapshot.steps, currentStep + 1, 1);
      if (target !== undefined) currentStep = target;
      publish();
      return true;
    },
    previous() {
      const target = nearestVisible(snapshot.steps, currentStep - 1, -1);
      if (target !== undefined) currentStep = target;
      publish();
    },
    goTo(stepKey) {
      const target = snapshot.steps.find((s) => s.key === stepKey && s.visible);
      if (target) currentStep = target.index;
      publish();
    },
    submit() {
      submitted = true;
      publish();
      return snapshot.result;
    },
    reset(next) {
      values = structuredClone(next ?? defaultValues(compiled));
      touched = new Set();
      attemptedSteps = new Set();
      submitted = false;
      currentStep = 0;
      publish();
    },
  };
}

function nearestVisible(
  steps: readonly StepView[],
  from: number,
  direction: 1 | -1,
): number | undefined {
  for (let i = from; i >= 0 && i < steps.length; i += direction) if (steps[i]!.visible) return i;
  return undefined;
}

/**
 * Each field's errors: those at its path and at paths inside it (`address.commune`), in the
 * pipeline's order. One pass over the errors instead of one per field.
 */
function errorsByField(
  fields: readonly FieldState[],
  errors: readonly ValidationError[],
): Map<string, ValidationError[]> {
  const ids = new Set(fields.map((f) => f.id));
  const owned = new Map<string, ValidationError[]>();
  for (const error of errors) {
    const segments = error.path.split('.');
    for (let end = 1; end <= segments.length; end++) {
      const id = segments.slice(0, end).join('.');
      if (!ids.has(id)) continue;
      const list = owned.get(id);
      if (list) list.push(error);
      else owned.set(id, [error]);
    }
  }
  return owned;
}

/** Errors that read the same: same place, code, message and parameters. */
function sameErrors(a: readonly ValidationError[], b: readonly ValidationError[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((x, i) => {
        const y = b[i]!;
        return (
          x.path === y.path &&
          x.pointer === y.pointer &&
          x.code === y.code &&
          x.message.vi === y.message.vi &&
          x.message.en === y.message.en &&
          JSON.stringify(x.params) === JSON.stringify(y.params)
        );
      }))
  );
}

function fieldOwning(fields: ReadonlyMap<string, FieldView>, path: string): FieldView | undefined {
  const segments = path.split('.');
  for (let end = segments.length; end > 0; end--) {
    const found = fields.get(segments.slice(0, end).join('.'));
    if (found) return found;
  }
  return undefined;
}

/** The definition's `default` values, as the initial answers. */
export function defaultValues(compiled: CompiledProcedure): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const visit = (
    nodes: CompiledProcedure['tree'][number],
    target: Record<string, unknown>,
  ): void => {
    for (const node of nodes) {
      const element = node.element as { default?: unknown };
      if (element.default !== undefined) target[node.key] = structuredClone(element.default);
      if (node.type === 'group') {
        const group: Record<string, unknown> = {};
        visit(node.children, group);
        if (Object.keys(group).length > 0) target[node.key] = group;
      }
    }
  };
  compiled.tree.forEach((nodes) => visit(nodes, values));
  return values;
}
