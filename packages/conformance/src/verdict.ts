import type { CompiledProcedure } from '@hoso/core';

/** Everything a runtime decides about one submission, in a form that compares as JSON. */
export interface Verdict {
  valid: boolean;
  errors: [path: string, code: string, vi: string, en: string][];
  data: unknown;
  dropped: string[];
  fees: [key: string, amount: number][];
  feeTotal: number;
  requiredDocuments: string[];
}

/** The verdict of the one pipeline, on whichever runtime this code is loaded in. */
export function verdictOf(
  procedure: CompiledProcedure,
  submission: unknown,
  today: string,
): Verdict {
  const result = procedure.validate(submission, { today });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => [e.path, e.code, e.message.vi, e.message.en]),
    data: result.data,
    dropped: result.dropped,
    fees: result.fees.lines.map((l) => [l.key, l.amount]),
    feeTotal: result.fees.total,
    requiredDocuments: result.requiredDocuments,
  };
}

/** One submission and the verdict Node reached on it. */
export interface ParityCase {
  procedure: string;
  name: string;
  today: string;
  submission: unknown;
  verdict: Verdict;
}

/** The differences between the expected verdicts and this runtime's, as readable lines. */
export function compareVerdicts(
  cases: readonly ParityCase[],
  procedures: ReadonlyMap<string, CompiledProcedure>,
): { passed: number; failed: number; lines: string[] } {
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const c of cases) {
    const procedure = procedures.get(c.procedure);
    const got = procedure
      ? JSON.stringify(verdictOf(procedure, c.submission, c.today))
      : 'missing procedure';
    const expected = JSON.stringify(c.verdict);
    if (got === expected) passed++;
    else failed++;
    lines.push(
      `${c.procedure}|${c.name}|${c.today}|${expected.length}|${got === expected ? 'same' : got}`,
    );
  }
  return { passed, failed, lines };
}
