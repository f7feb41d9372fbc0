/** What the analyst is looking at and editing. */
export type Section = 'metadata' | 'step' | 'documents' | 'fees' | 'flow' | 'overlay';

export interface Selection {
  section: Section;
  /** Index of the open step (section `step`). */
  step: number;
  /** Pointer of the selected element (`/steps/0/elements/2`), if any. */
  element?: string | undefined;
  /** Pointer of a highlighted item in other sections (`/documents/1`, `/flow/stages/0`). */
  item?: string | undefined;
}

export const INITIAL_SELECTION: Selection = { section: 'step', step: 0 };
