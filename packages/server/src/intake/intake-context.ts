import type { WorkingCalendar } from '@hoso/core';
import type { Database } from './db/database.js';
import type { FileStore } from './file-store.js';

/** What every intake operation needs: the store, the files, the calendar and the clock. */
export interface IntakeContext {
  db: Database;
  files: FileStore;
  calendar: WorkingCalendar;
  /** Used when a definition's agency has no code of its own. */
  agencyCode: string;
  now(): Date;
}
