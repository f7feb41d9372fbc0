import type { CheckResult, Element, ProcedureDefinition } from '@hoso/schema';
import type { ErrorObject } from 'ajv';
import { buildFlowModel, type FlowModel } from '../flow/flow-model.js';
import { evaluate, isTruthy } from '../rules/index.js';
import { validateSubmission, type ValidateOptions } from '../validate/pipeline.js';
import type { ValidationResult } from '../validate/result.js';
import { buildDataSchema } from './data-schema.js';
import { buildFieldTree, type FieldNode } from './field-tree.js';
import { DefinitionError } from './definition-error.js';
import { collectRuleInputs } from './rule-inputs.js';
import { validatorMismatch } from './validator-mismatch.js';
import { fitsDataSchema } from '../digest/validator-stamp.js';

/** A data-schema validator: ajv's runtime one, or a precompiled standalone module's default export. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface CompileOptions {
  /**
   * A precompiled validator of this definition's data schema (`hoso compile`), for pages under
   * a Content-Security-Policy without `unsafe-eval`. Without it, `compile` from `@hoso/core`
   * has ajv compile one at run time; `@hoso/core/precompiled` requires it.
   */
  schemaValidator?: SchemaValidator;
}

/** Makes the data-schema validator when none was given. */
export type SchemaCompiler = (dataSchema: Record<string, unknown>) => SchemaValidator;

/** How an entry point compiles: the tools it has. */
export interface CompileSteps {
  /** Checks the definition; left out only when the validator vouches for it. */
  checkDefinition: ((definition: unknown) => CheckResult) | undefined;
  compileSchema: SchemaCompiler;
}

export interface CompiledProcedure {
  definition: ProcedureDefinition;
  /** The submission's data schema (JSON Schema 2020-12). */
  dataSchema: Record<string, unknown>;
  /** Value-holding elements, one list of root nodes per step. */
  tree: FieldNode[][];
  /** Root data keys that the form's rules read (see collectRuleInputs). */
  ruleInputs: ReadonlySet<string>;
  /** A node per required document, for `$documents.<key>` errors. */
  documentNodes: Map<string, FieldNode>;
  flow: FlowModel;
  validateSchema: SchemaValidator;
  /** A rule's verdict on some data; a failing rule gives its error. */
  test(rule: unknown, data: unknown): boolean | Error;
  /** Runs the validation pipeline on a submission. */
  validate(submission: unknown, options?: ValidateOptions): ValidationResult;
}

/**
 * Compiles a definition once into everything that validates and renders it. The definition
 * is checked first: a definition with problems is never compiled, nor one given with a
 * validator of other data.
 */
export function compileProcedure(
  definition: unknown,
  options: CompileOptions,
  steps: CompileSteps,
): CompiledProcedure {
  const check = steps.checkDefinition?.(definition);
  if (check && !check.valid) throw new DefinitionError(check.problems);
  const procedure = definition as ProcedureDefinition;
  const tree = buildFieldTree(procedure);
  const dataSchema = buildDataSchema(procedure, tree);
  if (options.schemaValidator && !fitsDataSchema(options.schemaValidator, dataSchema))
    throw new DefinitionError([validatorMismatch()]);
  const compiled: CompiledProcedure = {
    definition: procedure,
    dataSchema,
    tree,
    ruleInputs: collectRuleInputs(procedure.steps, tree),
    documentNodes: buildDocumentNodes(procedure),
    flow: buildFlowModel(procedure.flow),
    validateSchema: options.schemaValidator ?? steps.compileSchema(dataSchema),
    test: (rule, data) => {
      try {
        return isTruthy(evaluate(rule, data));
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    },
    validate: (submission, validateOptions) =>
      validateSubmission(compiled, submission, validateOptions),
  };
  return compiled;
}

function buildDocumentNodes(definition: ProcedureDefinition): Map<string, FieldNode> {
  const nodes = new Map<string, FieldNode>();
  (definition.documents ?? []).forEach((doc, i) => {
    const element = {
      type: 'file',
      key: doc.key,
      label: doc.title,
      ...(doc.accept ? { accept: doc.accept } : {}),
      ...(doc.maxSizeBytes ? { maxSizeBytes: doc.maxSizeBytes } : {}),
    } as Element;
    nodes.set(doc.key, {
      key: doc.key,
      type: 'file',
      element,
      pointer: `/documents/${i}`,
      stepIndex: definition.steps.length,
      order: 1_000_000 + i,
      holdsValue: true,
      children: [],
    });
  });
  return nodes;
}
