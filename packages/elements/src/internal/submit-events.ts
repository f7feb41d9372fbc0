import type { DossierReceipt } from '../components/receipt/receipt.js';
import type { ValidationError } from '@hoso/core/precompiled';

export interface HosoSubmittedDetail {
  /** The intake server's receipt: dossier code, received and due dates, fees. */
  receipt: DossierReceipt;
  /** The secret to track the dossier with, when the server created it just now. */
  secret?: string;
}

/** Fired by `<hoso-procedure>` when the intake server received the dossier. */
export class HosoSubmittedEvent extends CustomEvent<HosoSubmittedDetail> {
  constructor(detail: HosoSubmittedDetail) {
    super('hoso-submitted', { bubbles: true, composed: true, detail });
  }
}

export interface HosoSubmitErrorDetail {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The server's field errors (422). */
  errors: ValidationError[];
  /** The server's message, when it gave one. */
  message?: { vi: string; en: string };
}

/** Fired by `<hoso-procedure>` when posting the dossier failed (refused, invalid or unreachable). */
export class HosoSubmitErrorEvent extends CustomEvent<HosoSubmitErrorDetail> {
  constructor(detail: HosoSubmitErrorDetail) {
    super('hoso-submit-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hoso-submitted': HosoSubmittedEvent;
    'hoso-submit-error': HosoSubmitErrorEvent;
  }
}
