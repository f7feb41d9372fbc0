export { verdictOf, compareVerdicts, type Verdict, type ParityCase } from './verdict.js';
