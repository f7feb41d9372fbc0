import type { ProcedureDefinition } from '@hoso/schema';
import { evaluate } from '../rules/index.js';
import type { FeeLine } from './result.js';

export interface FeeOutcome {
  lines: FeeLine[];
  total: number;
  /** Keys of fees whose rule gave no valid amount: a definition bug, reported as an error. */
  invalid: string[];
}

/** Fees from the cleaned data; a rule's result must be a whole, non-negative number of đồng. */
export function computeFees(
  definition: ProcedureDefinition,
  data: Record<string, unknown>,
): FeeOutcome {
  const outcome: FeeOutcome = { lines: [], total: 0, invalid: [] };
  for (const fee of definition.fees ?? []) {
    let amount: unknown;
    try {
      amount = typeof fee.amount === 'number' ? fee.amount : evaluate(fee.amount.rule, data);
    } catch {
      amount = undefined;
    }
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      outcome.invalid.push(fee.key);
      continue;
    }
    outcome.lines.push({
      key: fee.key,
      title: { vi: fee.title.vi, en: fee.title.en ?? fee.title.vi },
      kind: fee.kind,
      amount,
    });
    outcome.total += amount;
  }
  return outcome;
}
