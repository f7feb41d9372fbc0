import { readdir, readFile } from 'node:fs/promises';

export interface CorpusSubmission {
  name: string;
  today: string;
  data: unknown;
  expect: { valid: boolean; errors: [path: string, code: string][] };
}

export interface CorpusProcedure {
  name: string;
  definition: { id: string } & Record<string, unknown>;
  submissions: CorpusSubmission[];
}

const corpusDir = new URL('../../../corpus/', import.meta.url);
const examplesDir = new URL('../../../../../examples/procedures/', import.meta.url);

/** The hand-written corpus: definitions with submissions and the verdict each must get. */
export async function loadCorpus(): Promise<CorpusProcedure[]> {
  const files = (await readdir(corpusDir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const json = JSON.parse(await readFile(new URL(file, corpusDir), 'utf8'));
      return { name: file.replace(/\.json$/, ''), ...json } as CorpusProcedure;
    }),
  );
}

/** The example procedures with their samples; their pinned verdicts are checked elsewhere. */
export async function loadExamples(): Promise<CorpusProcedure[]> {
  const found: CorpusProcedure[] = [];
  for (const folder of (await readdir(examplesDir, { withFileTypes: true })).filter((e) =>
    e.isDirectory(),
  )) {
    const base = new URL(`${folder.name}/`, examplesDir);
    const definition = JSON.parse(await readFile(new URL('definition.json', base), 'utf8'));
    const submissions: CorpusSubmission[] = [];
    for (const kind of ['valid', 'invalid']) {
      const dir = new URL(`data/${kind}/`, base);
      for (const file of (await readdir(dir)).filter((f) => !f.endsWith('.expected.json')).sort()) {
        const expected = JSON.parse(
          await readFile(new URL(file.replace(/\.json$/, '.expected.json'), dir), 'utf8'),
        );
        submissions.push({
          name: `${kind}/${file}`,
          today: '2026-11-22',
          data: JSON.parse(await readFile(new URL(file, dir), 'utf8')),
          expect: {
            valid: expected.valid,
            errors: expected.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
          },
        });
      }
    }
    found.push({ name: folder.name, definition, submissions });
  }
  return found;
}
