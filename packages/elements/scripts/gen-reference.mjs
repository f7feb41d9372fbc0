// Writes docs/reference/elements.md from the Custom Elements Manifest (dist/custom-elements.json,
// made by `pnpm run build:manifest` from the elements' JSDoc), so the reference cannot drift from
// the code. scripts/gen-reference.test.mjs fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const manifestUrl = new URL('../dist/custom-elements.json', import.meta.url);
const outUrl = new URL('../../../docs/reference/elements.md', import.meta.url);

/** The manifest, or a clear error when it was not built yet. */
export async function readManifest() {
  try {
    return JSON.parse(await readFile(manifestUrl, 'utf8'));
  } catch (error) {
    throw new Error(
      `${fileURLToPath(manifestUrl)} is missing or unreadable: run "pnpm run build" first ` +
        `(${error.message})`,
    );
  }
}

export async function generateReference(manifest) {
  manifest ??= await readManifest();
  const elements = manifest.modules
    .flatMap((mod) =>
      (mod.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((d) => ({ ...d, path: mod.path })),
    )
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const lines = [
    '# Elements reference',
    '',
    '<!-- Generated from packages/elements/dist/custom-elements.json by',
    '     packages/elements/scripts/gen-reference.mjs. Do not edit: change the JSDoc. -->',
    '',
    'The web components of `@hoso/elements`. Import `@hoso/elements` to define them all. Theming',
    '(custom properties, parts, the two themes): [theming](../portal-developers/theming.md).',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName})`),
    '',
  ];
  for (const element of elements) lines.push(...section(element));
  return lines.join('\n');
}

function section(element) {
  const lines = [`## ${element.tagName}`, ''];
  if (element.summary) lines.push(oneLine(element.summary), '');
  lines.push(`Class \`${element.name}\`, source \`packages/elements/${element.path}\`.`, '');
  const attributes = element.attributes ?? [];
  const attributeOf = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const members = (element.members ?? []).filter((m) => !m.static);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  table(
    lines,
    'Properties',
    ['property', 'attribute', 'type', 'default', 'description'],
    fields.map((f) => [
      code(f.name),
      attributeOf.has(f.name) ? code(attributeOf.get(f.name).name) : '',
      code(f.type?.text),
      code(f.default),
      f.description ?? '',
    ]),
  );
  table(
    lines,
    'Methods',
    ['method', 'description'],
    methods.map((m) => [
      code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
      m.description ?? '',
    ]),
  );
  table(
    lines,
    'Events',
    ['event', 'type', 'description'],
    (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description ?? '']),
  );
  table(
    lines,
    'Slots',
    ['slot', 'description'],
    (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description ?? '']),
  );
  table(
    lines,
    'CSS parts',
    ['part', 'description'],
    (element.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']),
  );
  table(
    lines,
    'CSS custom properties',
    ['property', 'description'],
    (element.cssProperties ?? []).map((p) => [code(p.name), p.description ?? '']),
  );
  return lines;
}

function table(lines, title, header, rows) {
  if (rows.length === 0) return;
  lines.push(
    `### ${title}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
  );
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  lines.push('');
}

function code(text) {
  return text === undefined || text === '' ? '' : `\`${oneLine(text).replace(/`/g, "'")}\``;
}

function oneLine(text) {
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function cell(text) {
  return oneLine(text).replace(/\|/g, '\\|');
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(outUrl, await generateReference());
  console.log(`wrote ${fileURLToPath(outUrl)}`);
}
