export * from './intake/index.js';
export {
  createSubmissionHandler,
  readSubmission,
  withFiles,
  type SubmissionRequest,
  type SubmissionResponse,
  type SubmissionOutcome,
  type SubmissionHandlerOptions,
} from './submission/handle-submission.js';
export type { UploadedFile } from './submission/multipart.js';
export { sniffMediaType } from './submission/sniff-type.js';
export { parseStrictJson, type StrictJsonOptions } from './boundary/strict-json.js';
export {
  BoundaryError,
  type BoundaryErrorBody,
  type BoundaryErrorCode,
} from './boundary/boundary-error.js';
