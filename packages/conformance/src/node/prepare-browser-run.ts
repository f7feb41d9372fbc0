import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { buildProcedureValidator } from '@hoso/cli';
import { compile } from '@hoso/core';
import { verdictOf, type ParityCase } from '../verdict.js';
import { generateSubmissions } from './generate-submissions.js';
import { loadCorpus, loadExamples, type CorpusProcedure } from './load-corpus.js';

/** Where the browser run finds its inputs: served by the test runner from the package folder. */
export const GENERATED_DIR = new URL('../../../generated/', import.meta.url);

const PROPERTY_RUNS = Number(process.env['HOSO_PROPERTY_RUNS'] ?? 1000);
const PROPERTY_TODAY = '2026-11-22';

/**
 * Prepares the Chromium half of the parity proof: for every procedure (the corpus, the example
 * procedures and the core fixture) a standalone validator module — the one pages under a
 * strict CSP load — and the verdict Node reached on every submission: the corpus's, the
 * samples', and `PROPERTY_RUNS` generated ones per procedure.
 */
export async function prepareBrowserRun(): Promise<{ procedures: number; cases: number }> {
  await mkdir(GENERATED_DIR, { recursive: true });
  const procedures: CorpusProcedure[] = [
    ...(await loadCorpus()),
    ...(await loadExamples()),
    await household(),
  ];
  const cases: ParityCase[] = [];
  const definitions: Record<string, unknown> = {};
  for (const [index, procedure] of procedures.entries()) {
    const compiled = compile(procedure.definition);
    definitions[procedure.name] = procedure.definition;
    await writeFile(
      new URL(`${procedure.name}.validator.js`, GENERATED_DIR),
      await buildProcedureValidator(compiled),
    );
    for (const submission of procedure.submissions) {
      cases.push({
        procedure: procedure.name,
        name: submission.name,
        today: submission.today,
        submission: submission.data,
        verdict: verdictOf(compiled, submission.data, submission.today),
      });
    }
    const bases = procedure.submissions.filter((s) => s.expect.valid).map((s) => s.data);
    generateSubmissions(compiled, bases, PROPERTY_RUNS, 20261122 + index).forEach(
      (submission, i) => {
        cases.push({
          procedure: procedure.name,
          name: `generated #${i}`,
          today: PROPERTY_TODAY,
          submission,
          verdict: verdictOf(compiled, submission, PROPERTY_TODAY),
        });
      },
    );
  }
  await writeFile(new URL('vector.json', GENERATED_DIR), JSON.stringify({ definitions, cases }));
  return { procedures: procedures.length, cases: cases.length };
}

async function household(): Promise<CorpusProcedure> {
  const definition = JSON.parse(
    await readFile(
      new URL('../../../../core/test/fixtures/household.json', import.meta.url),
      'utf8',
    ),
  );
  return { name: 'household', definition, submissions: [] };
}
