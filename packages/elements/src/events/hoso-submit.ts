import type { ValidationResult } from '@hoso/core/precompiled';

export interface HosoSubmitDetail {
  /** The cleaned submission (`compile(definition).validate(values).data`). */
  data: Record<string, unknown>;
  /** The whole verdict: fees, required documents, dropped values. */
  result: ValidationResult;
}

/**
 * Fired by `<hoso-procedure>` when the citizen submits a valid application. Cancel it
 * (`preventDefault()`) to keep the review page instead of the confirmation.
 */
export class HosoSubmitEvent extends CustomEvent<HosoSubmitDetail> {
  constructor(detail: HosoSubmitDetail) {
    super('hoso-submit', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hoso-submit': HosoSubmitEvent;
  }
}
