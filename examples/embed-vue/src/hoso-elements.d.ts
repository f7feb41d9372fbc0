// Types for `hoso-*` tags in Vue templates: element properties as props, `hoso-*` events as
// `on…` handlers typed with their event classes, so vue-tsc checks `@hoso-submitted` handlers.
import type { DefineComponent } from 'vue';
import type {
  HosoProcedure,
  HosoSubmitErrorEvent,
  HosoSubmitEvent,
  HosoSubmittedEvent,
} from '@hoso/elements';

/** The writable properties of a Hoso element (functions and read-only state left out). */
type ElementProps<E extends HTMLElement, K extends keyof E> = Partial<Pick<E, K>>;

declare module 'vue' {
  interface GlobalComponents {
    'hoso-procedure': DefineComponent<
      ElementProps<
        HosoProcedure,
        | 'src'
        | 'validatorSrc'
        | 'action'
        | 'lang'
        | 'values'
        | 'definition'
        | 'schemaValidator'
        | 'today'
        | 'noDrafts'
        | 'draftDelay'
      > & {
        onHosoSubmit?: (event: HosoSubmitEvent) => void;
        onHosoSubmitted?: (event: HosoSubmittedEvent) => void;
        onHosoSubmitError?: (event: HosoSubmitErrorEvent) => void;
      }
    >;
  }
}
