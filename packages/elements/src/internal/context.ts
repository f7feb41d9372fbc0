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

  /** Every path that holds files, with its files. */
  entries(): [string, File[]][] {
    return [...this.byPath.entries()];
  }
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
