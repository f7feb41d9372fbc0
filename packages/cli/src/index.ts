export { main } from './main.js';
export { buildStandaloneValidator, buildProcedureValidator } from './standalone.js';
export { submissionTypes } from './commands/types.js';
export type { Io } from './io.js';
