import type { CompiledProcedure, FieldNode } from '@hoso/core/precompiled';

/** A citizen's unfinished answers, as kept in the browser's storage. */
export interface Draft {
  /** The definition version the answers were given against. */
  version: string;
  /** When the draft was saved (ISO date-time). */
  savedAt: string;
  /** The answers, without files (a browser cannot keep picked files). */
  values: Record<string, unknown>;
  /** `path|code` of every error the answers had when saved: only new ones need attention. */
  errors: string[];
  /**
   * Paths of answers their version hid when saved: only newly hidden ones need attention.
   * Absent from drafts saved before it was kept; then hidden answers are not flagged.
   */
  hidden?: string[];
}

const PREFIX = 'hoso-draft:';

/** The storage key of the drafts of one procedure version: `hoso-draft:<id>@<version>`. */
export function draftKey(id: string, version: string): string {
  return `${PREFIX}${id}@${version}`;
}

/**
 * The answers without files: `$documents` and the values of `file` fields are left out, since
 * only references (not the bytes) could be kept.
 */
export function withoutFiles(
  compiled: CompiledProcedure,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const strip = (
    nodes: readonly FieldNode[],
    data: Record<string, unknown>,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...data };
    for (const node of nodes) {
      if (node.type === 'file') delete out[node.key];
      else if (node.type === 'group' && isObject(out[node.key]))
        out[node.key] = strip(node.children, out[node.key] as Record<string, unknown>);
      else if (node.type === 'repeater' && Array.isArray(out[node.key]))
        out[node.key] = (out[node.key] as unknown[]).map((item) =>
          isObject(item) ? strip(node.children, item) : item,
        );
    }
    return out;
  };
  const { $documents: _documents, ...rest } = values;
  return strip(compiled.tree.flat(), rest);
}

/** Saves a draft; false when the browser refuses (storage full or turned off). */
export function saveDraft(storage: Storage, id: string, draft: Draft): boolean {
  try {
    storage.setItem(draftKey(id, draft.version), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * The draft of this version, or else the newest draft of another version of the procedure (to
 * be migrated). Unreadable entries are ignored.
 */
export function loadDraft(storage: Storage, id: string, version: string): Draft | undefined {
  const own = read(storage, draftKey(id, version));
  if (own) return own;
  let newest: Draft | undefined;
  for (const key of keysOf(storage, id)) {
    const draft = read(storage, key);
    if (draft && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
  }
  return newest;
}

/** Removes every draft of the procedure (all versions). */
export function clearDrafts(storage: Storage, id: string): void {
  for (const key of keysOf(storage, id)) storage.removeItem(key);
}

function keysOf(storage: Storage, id: string): string[] {
  const keys: string[] = [];
  const prefix = `${PREFIX}${id}@`;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function read(storage: Storage, key: string): Draft | undefined {
  try {
    const text = storage.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<Draft>;
    if (
      typeof draft.version !== 'string' ||
      typeof draft.savedAt !== 'string' ||
      !isObject(draft.values)
    )
      return undefined;
    return {
      version: draft.version,
      savedAt: draft.savedAt,
      values: draft.values,
      errors: strings(draft.errors) ?? [],
      ...(Array.isArray(draft.hidden) ? { hidden: strings(draft.hidden) } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The browser's local storage, or undefined where it is unavailable (privacy settings). */
export function localStore(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function strings(list: unknown): string[] | undefined {
  return Array.isArray(list) ? list.filter((e): e is string => typeof e === 'string') : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
