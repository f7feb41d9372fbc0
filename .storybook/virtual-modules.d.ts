// Modules served by example-procedures.ts.
declare module 'virtual:hoso-example-procedures' {
  import type { HosoProcedure } from '../packages/elements/src/components/procedure/procedure.js';
  /** Every folder of examples/procedures/: definition, a valid sample, precompiled validator. */
  export const procedures: {
    folder: string;
    definition: { title: { vi: string; en?: string }; code?: string };
    /** The first of its valid sample submissions (data/valid/), or null. */
    sample: Record<string, unknown> | null;
    schemaValidator: NonNullable<HosoProcedure['schemaValidator']>;
  }[];
}
