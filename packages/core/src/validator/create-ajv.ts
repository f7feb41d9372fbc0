import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';

/**
 * The one ajv factory for submission data schemas. The browser, the server and the standalone
 * build (`@hoso/cli`) all compile with it, so a schema cannot get different verdicts in
 * different places.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    // Report every problem of a submission at once, not only the first.
    allErrors: true,
    // Throw at compile time on unknown keywords, unknown formats and keywords that would be
    // silently ignored (a lone `then`): in a generated schema each of those is a generator bug.
    strict: true,
    // The three type lints refuse valid schemas that do not repeat `type` beside every keyword,
    // e.g. the `then: { required: [...] }` fragments Hoso emits for required-if rules. They never
    // change a verdict, so they belong in the generator's own tests, not in production.
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    // Overlapping `properties` and `patternProperties` have well-defined semantics.
    allowMatchingProperties: true,
    // Without this, `required: ["constructor"]` is satisfied by Object.prototype.constructor.
    ownProperties: true,
    // `$anchor` is resolved by ajv but not registered as a keyword, so strict mode calls it
    // unknown when it is compiled as a subschema (ajv-validator/ajv#1854).
    keywords: ['$anchor'],
    unicodeRegExp: true,
    coerceTypes: false,
    useDefaults: false,
    // Generated code must be an ES module for the standalone build.
    code: { esm: true, source: true },
  });
  // Hoso asserts formats (a wrong date is an error, not an annotation). Formats outside this
  // plugin stay unknown, so strict mode rejects them instead of letting them pass unchecked.
  formatsPlugin.default(ajv, { mode: 'full' });
  return ajv;
}
