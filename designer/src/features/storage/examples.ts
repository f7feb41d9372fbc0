/**
 * The example procedures of the repository (`examples/procedures/<code>-<slug>/definition.json`),
 * bundled by Vite. Outside Vite (tests on tsc output) there are none.
 */

export interface Example {
  name: string;
  definition: unknown;
}

export function loadExamples(): Example[] {
  let modules: Record<string, unknown> = {};
  try {
    modules = import.meta.glob('../../../../examples/procedures/*/definition.json', {
      eager: true,
      import: 'default',
    });
  } catch {
    return [];
  }
  return Object.entries(modules)
    .map(([path, definition]) => ({
      name: path.split('/').slice(-2, -1)[0] ?? path,
      definition,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
