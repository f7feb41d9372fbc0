// Writes docs/reference/definition-format.md from the meta-schema, so the reference cannot
// drift from the format. test/generated.test.ts fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const schemaUrl = new URL('../schemas/definition.schema.json', import.meta.url);
const outUrl = new URL('../../../docs/reference/definition-format.md', import.meta.url);

export async function generateReference() {
  const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
  const lines = [
    '# Definition format reference',
    '',
    '<!-- Generated from packages/schema/schemas/definition.schema.json by',
    '     packages/schema/scripts/gen-reference.mjs. Do not edit: change the schema. -->',
    '',
    schema.description,
    '',
    'Guides: [rules](rules.md), [validation](validation.md), [CLI](cli.md).',
    '',
    '## ProcedureDefinition (the document)',
    '',
    ...propertyTable(schema, schema),
    '',
  ];
  for (const [name, def] of Object.entries(schema.$defs)) {
    lines.push(`## ${name}`, '');
    if (def.description) lines.push(def.description, '');
    const props = collectProperties(def, schema);
    if (Object.keys(props.properties).length > 0) {
      lines.push(...propertyTable({ ...def, ...props }, schema), '');
    } else {
      lines.push(`Type: ${typeOf(def, schema)}`, '');
    }
  }
  return lines.join('\n');
}

/** Own properties plus those of `allOf` bases (elements share FieldBase and ElementBase). */
function collectProperties(def, schema) {
  const properties = {};
  const required = new Set(def.required ?? []);
  for (const part of def.allOf ?? []) {
    const base = resolve(part, schema);
    const inherited = collectProperties(base, schema);
    Object.assign(properties, inherited.properties);
    inherited.required.forEach((r) => required.add(r));
  }
  Object.assign(properties, def.properties ?? {});
  return { properties, required: [...required] };
}

function propertyTable(def, schema) {
  const required = new Set(def.required ?? []);
  const rows = ['| property | type | required | description |', '|---|---|---|---|'];
  for (const [name, prop] of Object.entries(def.properties ?? {})) {
    const description = prop.description ?? resolve(prop, schema).description ?? '';
    rows.push(
      `| \`${name}\` | ${typeOf(prop, schema)} | ${required.has(name) ? 'yes' : ''} | ${cell(description)} |`,
    );
  }
  return rows;
}

function typeOf(prop, schema) {
  if (prop.$ref)
    return `[${prop.$ref.split('/').pop()}](#${prop.$ref.split('/').pop().toLowerCase()})`;
  if (prop.const !== undefined) return `\`${JSON.stringify(prop.const)}\``;
  if (prop.enum) return prop.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (prop.oneOf) return prop.oneOf.map((p) => typeOf(p, schema)).join(' or ');
  if (prop.type === 'array') return `array of ${prop.items ? typeOf(prop.items, schema) : 'any'}`;
  const constraints = [];
  if (prop.pattern) constraints.push(`pattern \`${prop.pattern.replace(/\|/g, '\\|')}\``);
  if (prop.format) constraints.push(`format ${prop.format}`);
  if (prop.minimum !== undefined) constraints.push(`≥ ${prop.minimum}`);
  if (prop.maximum !== undefined) constraints.push(`≤ ${prop.maximum}`);
  if (prop.multipleOf !== undefined) constraints.push(`multiple of ${prop.multipleOf}`);
  const type = Array.isArray(prop.type) ? prop.type.join(' \\| ') : (prop.type ?? 'any');
  return constraints.length > 0 ? `${type} (${constraints.join(', ')})` : type;
}

function resolve(prop, schema) {
  return prop.$ref ? schema.$defs[prop.$ref.split('/').pop()] : prop;
}

function cell(text) {
  return text.replace(/\n/g, ' ').replace(/\|/g, '\\|');
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(outUrl, await generateReference());
  console.log(`wrote ${fileURLToPath(outUrl)}`);
}
