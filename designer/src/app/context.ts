import type { ProcedureDefinition } from '@hoso/schema';
import type { Modeling } from '../features/modeling/modeling.js';
import type { OverlaySession } from '../features/overlay/overlay-session.js';
import type { FieldChoice } from '../features/rules/fields.js';
import type { Selection } from './selection.js';

/** What every view of the designer gets: the model, the selection and a few services. */
export interface EditorContext {
  modeling: Modeling;
  definition: ProcedureDefinition;
  selection: Selection;
  select(selection: Selection): void;
  /** Fields the rules can read (for the condition builder and formulas). */
  fields: FieldChoice[];
  /** Says something to screen-reader users (and in the status line). */
  announce(message: string): void;
  /** The province overlay the definition was resolved from, when opened with one. */
  overlay?: OverlaySession | undefined;
  /** Focuses an element of the view after the next render. */
  focusLater(selector: string): void;
}
