/**
 * monaco-editor, loaded only through a dynamic import (its own chunk): workers by Vite's `?worker`
 * with the ≥ 0.56 paths, and the definition meta-schema registered inline for diagnostics and
 * completion — `enableSchemaRequest: false`, so the designer works offline.
 */
import { definitionSchema } from '@hoso/schema';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

export type Monaco = typeof monaco;

export const MODEL_URI = 'inmemory://hoso/procedure/definition.json';

let configured = false;

export function setUpMonaco(): Monaco {
  if (configured) return monaco;
  configured = true;
  (self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
    getWorker(_id: string, label: string) {
      return label === 'json' ? new JsonWorker() : new EditorWorker();
    },
  };
  monaco.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false,
    allowComments: false,
    schemas: [
      {
        uri: 'https://hoso.dev/schemas/definition.schema.json',
        fileMatch: [MODEL_URI],
        schema: definitionSchema,
      },
    ],
  });
  return monaco;
}
