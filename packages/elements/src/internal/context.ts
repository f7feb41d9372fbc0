import { createContext } from '@lit/context';
import type { CompiledProcedure, FormSnapshot, FormStore } from '@hoso/core/precompiled';
import type { Lang } from './i18n.js';

/**
 * The files a citizen attached, kept as `File` objects by data path (`$documents.idCard`, or the
 * key of a `file` field). The data only carries their references; the bytes are posted from here.
 */
export class FileRegistry {
  private readonly byPath = new Map<string, File[]>();

  get(path: string): File[] {
    return this.byPath.get(path) ?? [];
  }

  set(path: string, files: readonly File[]): void {
    if (files.length === 0) this.byPath.delete(path);
    else this.byPath.set(path, [...files]);
  }

  clear(): void {
    this.byPath.clear();
  }

  /**
   * Keeps files with their repeater item after the list at `list` changed: the files of a removed
   * item are dropped, those of the items after it move up one index, and a moved item's files
   * move with it. Paths carry indices, so without this they would stay with the old position.
   */
  followItems(list: string, change: ItemsChange): void {
    const prefix = `${list}.`;
    const moved: [string, File[]][] = [];
    for (const [path, files] of [...this.byPath]) {
      if (!path.startsWith(prefix)) continue;
      const [head = '', ...rest] = path.slice(prefix.length).split('.');
      if (!/^\d+$/.test(head)) continue;
      const index = Number(head);
      const next = indexAfter(index, change);
      if (next === index) continue;
      this.byPath.delete(path);
      if (next !== undefined) moved.push([[list, next, ...rest].join('.'), files]);
    }
    for (const [path, files] of moved) this.byPath.set(path, files);
  }

  /** Every path that holds files, with its files. */
  entries(): [string, File[]][] {
    return [...this.byPath.entries()];
  }
}

/** How a repeater's list changed (the shape of `hoso-repeater`'s `hoso-items-change` detail). */
export interface ItemsChange {
  action: 'add' | 'remove' | 'move';
  /** The added or removed item, or where the moved item went. */
  index: number;
  /** For `move`: where the moved item was. */
  from?: number;
}

/** Where the item at `index` is after `change`; undefined when it was removed. */
function indexAfter(index: number, change: ItemsChange): number | undefined {
  if (change.action === 'remove') {
    if (index === change.index) return undefined;
    return index > change.index ? index - 1 : index;
  }
  if (change.action === 'move' && change.from !== undefined) {
    // Items move one place at a time: the moved item and its neighbour swap.
    if (index === change.from) return change.index;
    if (index === change.index) return change.from;
  }
  return index;
}

/**
 * What `<hoso-procedure>` shares with the elements inside it: the compiled procedure, its form
 * store and current snapshot, the UI language and the attached files. A new object is provided on
 * every change, so consumers that subscribe re-render.
 */
export interface FormContextValue {
  compiled: CompiledProcedure;
  store: FormStore;
  snapshot: FormSnapshot;
  lang: Lang;
  files: FileRegistry;
  /** Errors the intake server returned for the last submission (422), by data path. */
  serverErrors: readonly { path: string; message: { vi: string; en: string } }[];
}

/**
 * The form state of the closest `<hoso-procedure>`. Portal elements placed inside a procedure
 * can read it with `@consume({ context: formContext, subscribe: true })` from `@lit/context`.
 */
export const formContext = createContext<FormContextValue | undefined>(
  Symbol.for('hoso.form-context'),
);
