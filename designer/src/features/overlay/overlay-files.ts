/**
 * Opening a base and its overlay from two chosen files: the overlay is the one with `base` and
 * `changes`, whatever the files are called.
 */
import { isObject } from '@hoso/schema';
import { readJsonText } from '../storage/files.js';

export type OverlayFiles =
  | { ok: true; base: unknown; overlay: unknown; name: string }
  | { ok: false; reason: 'need-both' }
  | { ok: false; reason: 'invalid-json'; file: string; error: string };

export function isOverlay(json: unknown): boolean {
  return isObject(json) && isObject(json.base) && Array.isArray(json.changes);
}

/** Sorts two parsed files into base and overlay; anything else is refused with the reason. */
export function pickOverlayFiles(files: readonly { name: string; text: string }[]): OverlayFiles {
  if (files.length !== 2) return { ok: false, reason: 'need-both' };
  const parsed = [];
  for (const file of files) {
    const read = readJsonText(file.text);
    if (!read.ok) return { ok: false, reason: 'invalid-json', file: file.name, error: read.error };
    parsed.push({ name: file.name, json: read.definition });
  }
  const overlays = parsed.filter((p) => isOverlay(p.json));
  const bases = parsed.filter((p) => !isOverlay(p.json));
  if (overlays.length !== 1 || bases.length !== 1) return { ok: false, reason: 'need-both' };
  return {
    ok: true,
    base: bases[0]!.json,
    overlay: overlays[0]!.json,
    name: `${bases[0]!.name} + ${overlays[0]!.name}`,
  };
}
