// Modules served by example-procedures.ts.
declare module 'virtual:hoso-example-procedures' {
  import type { HosoProcedure } from '../packages/elements/src/components/procedure/procedure.js';
  /** Every folder of examples/procedures/ with its definition and precompiled validator. */
  export const procedures: {
    folder: string;
    definition: { title: { vi: string; en?: string }; code?: string };
    schemaValidator: NonNullable<HosoProcedure['schemaValidator']>;
  }[];
}
