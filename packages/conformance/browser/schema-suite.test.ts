import type { SchemaSuiteGroup } from '../src/node/prepare-schema-suite.js';

/**
 * The JSON-Schema-Test-Suite in Chromium, through the standalone validators pages load: the
 * same verdict vector as the production factory gives in Node.
 */
describe('JSON Schema Test Suite in the browser', () => {
  it('gives the verdicts Node gives', async () => {
    const groups = (await (
      await fetch('/generated/schema-suite/groups.json')
    ).json()) as SchemaSuiteGroup[];
    let passed = 0;
    const differences: string[] = [];
    for (const group of groups) {
      const module = (await import(`/generated/schema-suite/${group.id}.js`)) as {
        default: (data: unknown) => boolean;
      };
      for (const test of group.tests) {
        if (module.default(test.data) === test.valid) passed++;
        else differences.push(`${group.id}|${test.description}|${test.valid}`);
      }
    }
    console.log(`${passed} passed, ${differences.length} failed`);
    if (differences.length > 0) throw new Error(differences.slice(0, 5).join('\n'));
    if (passed < 900) throw new Error(`only ${passed} tests ran`);
  });
});
