/** Export to a file download and import from a chosen file. */

export function exportJson(definition: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(definition, null, 2) + '\n'], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type Opened =
  { ok: true; definition: unknown; text: string } | { ok: false; text: string; error: string };

/** Reads JSON text; text that does not parse is returned with the parser's message. */
export function readJsonText(text: string): Opened {
  try {
    return { ok: true, definition: JSON.parse(text) as unknown, text };
  } catch (error) {
    return { ok: false, text, error: error instanceof Error ? error.message : String(error) };
  }
}

export function fileNameFor(definition: unknown): string {
  const record = (typeof definition === 'object' && definition) as Record<string, unknown>;
  const id = record && typeof record.id === 'string' ? record.id : 'procedure';
  const version = record && typeof record.version === 'string' ? `@${record.version}` : '';
  return `${id}${version}.definition.json`;
}
