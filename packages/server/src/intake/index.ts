export { startIntakeServer, type IntakeServerOptions, type RunningIntakeServer } from './serve.js';
export { createIntakeApp, type BodyReader, type IntakeAppOptions } from './http/intake-app.js';
export { boundaryBodyReader, type BoundaryReaderOptions } from './http/boundary-body-reader.js';
export { TokenAuth, hashToken, type OfficerEntry } from './auth.js';
export { openDatabase, type DatabaseOptions } from './db/open-database.js';
export type { Database, Queryable } from './db/database.js';
export {
  publishDefinition,
  findDefinition,
  listDefinitions,
  CompiledCache,
} from './definitions.js';
export {
  submitDossier,
  type SubmitRequest,
  type SubmitOutcome,
  type IncomingFile,
} from './submit-dossier.js';
export { trackDossier, type DossierStatus } from './tracking.js';
export {
  transitionDossier,
  listQueue,
  statistics,
  CITIZEN,
  type Actor,
  type TransitionRequest,
  type QueueEntry,
  type StatisticsRow,
} from './back-office.js';
export { FileStore } from './file-store.js';
export { IntakeError } from './intake-error.js';
export { DefinitionNotPublished } from './not-published.js';
export type { Receipt } from './receipt.js';
export type { IntakeContext } from './intake-context.js';
