// A Vite plugin that hands the example procedures to the stories: each definition with its
// precompiled data-schema validator, built in Node the way `hoso compile` builds it. Browsers
// load no ajv, and the validators contain no eval, so stories run under a strict CSP too.
import { readdir, readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const PROCEDURES = new URL('../examples/procedures/', import.meta.url);
const LIST_ID = 'virtual:hoso-example-procedures';
const VALIDATOR_PREFIX = 'virtual:hoso-validator/';

interface CoreModule {
  compile(definition: unknown): { dataSchema: object };
}
interface CliModule {
  buildProcedureValidator(procedure: unknown): Promise<string>;
}

/** The built workspace packages (`pnpm run build` makes them); the root lists them as no dependency. */
async function workspace(): Promise<{ core: CoreModule; cli: CliModule }> {
  const [core, cli] = await Promise.all([
    import(new URL('../packages/core/dist/src/index.js', import.meta.url).href),
    import(new URL('../packages/cli/dist/src/index.js', import.meta.url).href),
  ]);
  return { core: core as CoreModule, cli: cli as CliModule };
}

async function folders(): Promise<string[]> {
  const entries = await readdir(PROCEDURES, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(new URL(`${entry.name}/`, PROCEDURES));
    if (files.includes('definition.json')) found.push(entry.name);
  }
  return found.sort();
}

async function readDefinition(folder: string): Promise<unknown> {
  const file = new URL(`${folder}/definition.json`, PROCEDURES);
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`examples/procedures/${folder}/definition.json: ${(error as Error).message}`);
  }
}

/** The first valid sample submission of a procedure (its `data/valid/*.json`), if any. */
async function readSample(folder: string): Promise<unknown> {
  const dir = new URL(`${folder}/data/valid/`, PROCEDURES);
  const names = await readdir(dir).catch(() => [] as string[]);
  const first = names.filter((n) => n.endsWith('.json') && !n.endsWith('.expected.json')).sort()[0];
  if (!first) return undefined;
  return JSON.parse(await readFile(new URL(first, dir), 'utf8'));
}

export function exampleProcedures(): Plugin {
  return {
    name: 'hoso-example-procedures',
    resolveId(id) {
      if (id === LIST_ID || id.startsWith(VALIDATOR_PREFIX)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${LIST_ID}`) {
        const names = await folders();
        const entries = await Promise.all(
          names.map(async (folder, i) => {
            const definition = await readDefinition(folder);
            const sample = await readSample(folder);
            this.addWatchFile(new URL(`${folder}/definition.json`, PROCEDURES).pathname);
            return {
              imports: `import validator${i} from ${JSON.stringify(VALIDATOR_PREFIX + folder)};`,
              entry: `{ folder: ${JSON.stringify(folder)}, definition: ${JSON.stringify(definition)}, sample: ${JSON.stringify(sample ?? null)}, schemaValidator: validator${i} }`,
            };
          }),
        );
        return [
          ...entries.map((e) => e.imports),
          `export const procedures = [${entries.map((e) => e.entry).join(',\n')}];`,
        ].join('\n');
      }
      if (id.startsWith(`\0${VALIDATOR_PREFIX}`)) {
        const folder = id.slice(VALIDATOR_PREFIX.length + 1);
        if (!(await folders()).includes(folder))
          throw new Error(`${id.slice(1)}: no examples/procedures/${folder}/definition.json`);
        const { core, cli } = await workspace();
        const definition = await readDefinition(folder);
        try {
          return await cli.buildProcedureValidator(core.compile(definition));
        } catch (error) {
          throw new Error(
            `examples/procedures/${folder}/definition.json does not compile: ${(error as Error).message}`,
          );
        }
      }
      return undefined;
    },
  };
}
