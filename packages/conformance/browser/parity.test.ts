import { compile, type CompiledProcedure, type SchemaValidator } from '@hoso/core/precompiled';
import { compareVerdicts, type ParityCase } from '../src/verdict.js';

/**
 * The Chromium half of the parity proof. The page is served with a Content-Security-Policy
 * that forbids eval; every procedure is compiled with its standalone validator — as a portal
 * under a strict CSP would — and must reach, on every submission, exactly the verdict Node did.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});

describe('browser and server agree', () => {
  it('runs under a Content-Security-Policy that forbids eval', async () => {
    let evalBlocked = false;
    try {
      // eslint-disable-next-line no-new-func -- the probe: this must be blocked by the page's CSP
      new Function('return 1')();
    } catch {
      evalBlocked = true;
    }
    if (!evalBlocked) throw new Error('the page allows eval: the CSP header is missing');
    // The violation event of this deliberate probe arrives asynchronously; let it pass.
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (violations.length !== 1)
      throw new Error(`expected one violation, got ${violations.length}`);
    violations.length = 0;
  });

  it('reaches the same verdict as Node on every submission', async () => {
    const vector = (await (await fetch('/generated/vector.json')).json()) as {
      definitions: Record<string, unknown>;
      cases: ParityCase[];
    };
    const procedures = new Map<string, CompiledProcedure>();
    for (const [name, definition] of Object.entries(vector.definitions)) {
      const module = (await import(`/generated/${name}.validator.js`)) as {
        default: SchemaValidator;
      };
      procedures.set(name, compile(definition, { schemaValidator: module.default }));
    }
    const { passed, failed, lines } = compareVerdicts(vector.cases, procedures);
    console.log(`${passed} passed, ${failed} failed`);
    const differences = lines.filter((line) => !line.endsWith('|same'));
    if (differences.length > 0)
      throw new Error(`${failed} differences:\n${differences.slice(0, 5).join('\n')}`);
    if (passed < 1000) throw new Error(`only ${passed} cases ran`);
    if (violations.length > 0) throw new Error(`CSP violations: ${violations.join('; ')}`);
  });
});
