/**
 * Autosave: the definition being edited (and any JSON text that does not parse yet) is kept in
 * IndexedDB after every edit, so a reload, a crash or a closed tab never loses work.
 */

export interface Draft {
  /** The last definition (possibly with problems). */
  definition: unknown;
  /** JSON text being written that does not parse yet. */
  text?: string | undefined;
  savedAt: string;
}

const DB_NAME = 'hoso-designer';
const STORE = 'drafts';
const KEY = 'current';

export class DraftStore {
  private db: Promise<IDBDatabase> | undefined;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
    });
    return this.db;
  }

  private async run<T>(
    mode: IDBTransactionMode,
    action: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  async load(): Promise<Draft | undefined> {
    const value = await this.run('readonly', (s) => s.get(KEY));
    return (value as Draft | undefined) ?? undefined;
  }

  async save(draft: Omit<Draft, 'savedAt'>): Promise<void> {
    const record: Draft = { ...draft, savedAt: new Date().toISOString() };
    await this.run('readwrite', (s) => s.put(record, KEY));
  }

  async clear(): Promise<void> {
    await this.run('readwrite', (s) => s.delete(KEY));
  }

  close(): void {
    void this.db?.then((db) => db.close());
    this.db = undefined;
  }
}
