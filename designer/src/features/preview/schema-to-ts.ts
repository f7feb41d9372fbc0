/**
 * A tiny JSON Schema → TypeScript printer for the data schema `compile` produces (objects,
 * arrays, enums, consts, unions, the usual scalar types). json-schema-to-typescript is the full
 * tool, but it runs in Node only; this one shows portal developers the shape as they design.
 */

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(title: unknown): string {
  const words = String(title ?? 'Submission')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? name + 'Data' : 'SubmissionData';
}

function literal(value: unknown): string {
  return JSON.stringify(value);
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

function print(schema: unknown, indent: string): string {
  if (schema === true || schema === undefined) return 'unknown';
  if (schema === false) return 'never';
  if (!isSchema(schema)) return 'unknown';
  if ('const' in schema) return literal(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(' | ') || 'never';
  for (const union of ['anyOf', 'oneOf'] as const) {
    const options = schema[union];
    if (Array.isArray(options)) {
      return options.map((o) => print(o, indent)).join(' | ');
    }
  }
  const type = schema.type;
  if (Array.isArray(type)) {
    return type.map((t) => print({ ...schema, type: t }, indent)).join(' | ');
  }
  switch (type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = print(schema.items, indent);
      return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case 'object':
      return printObject(schema, indent);
    default:
      return isSchema(schema.properties) ? printObject(schema, indent) : 'unknown';
  }
}

function printObject(schema: Schema, indent: string): string {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const inner = indent + '  ';
  const lines = Object.entries(properties).map(([name, value]) => {
    const description =
      isSchema(value) && typeof value.description === 'string'
        ? `${inner}/** ${value.description.replace(/\*\//g, '* /')} */\n`
        : '';
    const optional = required.has(name) ? '' : '?';
    return `${description}${inner}${propertyName(name)}${optional}: ${print(value, inner)};`;
  });
  if (schema.additionalProperties !== false && schema.additionalProperties !== undefined) {
    lines.push(`${inner}[key: string]: ${print(schema.additionalProperties, inner)};`);
  }
  return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('\n')}\n${indent}}`;
}

/** TypeScript for a data schema: one exported interface named after the schema's title. */
export function schemaToTypeScript(schema: unknown): string {
  const root = isSchema(schema) ? schema : {};
  const body = print({ ...root, type: root.type ?? 'object' }, '');
  const name = typeName(root.title);
  return body.startsWith('{')
    ? `export interface ${name} ${body}\n`
    : `export type ${name} = ${body};\n`;
}
