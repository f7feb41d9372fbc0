import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  carryDraftOver,
  errorKeys,
  type CompiledProcedure,
  type FormSnapshot,
  type ValidateOptions,
} from '@hoso/core/precompiled';
import {
  clearDrafts,
  loadDraft,
  localStore,
  saveDraft,
  withoutFiles,
} from '../../internal/drafts.js';
import { noticeItems, type DraftAttention } from './draft-attention.js';

/** What the citizen is told when answers come back from a draft. */
export interface DraftNotice {
  savedAt: string;
  /** Set when the draft was saved against another version and migrated. */
  migratedFrom?: string;
  attention: DraftAttention[];
}

/** What the controller needs of its wizard. */
export interface DraftHost extends ReactiveControllerHost {
  noDrafts: boolean;
  draftDelay: number;
  today: string | undefined;
}

/**
 * Keeps the wizard's answers as a draft in `localStorage`: restores (and migrates) a draft when
 * the procedure is set up, saves once typing pauses, and forgets every draft of the procedure on
 * "start again" and after submission. Files are never saved.
 */
export class DraftController implements ReactiveController {
  /** The notice to show after a restore; the host clears it when dismissed. */
  notice: DraftNotice | undefined;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private savedValues: unknown;
  private pending: { compiled: CompiledProcedure; snapshot: FormSnapshot } | undefined;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  /** The storage drafts go to; undefined when drafts are off or the browser refuses storage. */
  get storage(): Storage | undefined {
    return this.host.noDrafts ? undefined : localStore();
  }

  hostDisconnected(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.save();
  }

  private get options(): ValidateOptions {
    return this.host.today ? { today: this.host.today } : {};
  }

  /** The answers to start from: a saved draft (migrated if of another version), else `start`. */
  restore(compiled: CompiledProcedure, start: Record<string, unknown>): Record<string, unknown> {
    this.cancel();
    this.notice = undefined;
    const storage = this.storage;
    const { id, version } = compiled.definition;
    const draft = storage ? loadDraft(storage, id, version) : undefined;
    if (!storage || !draft) return start;
    if (draft.version === version) {
      this.notice = { savedAt: draft.savedAt, attention: [] };
      return { ...start, ...draft.values };
    }
    const migrated = carryDraftOver(compiled, draft.values, {
      ...this.options,
      knownErrors: draft.errors,
      knownHidden: draft.hidden,
    });
    this.notice = {
      savedAt: draft.savedAt,
      migratedFrom: draft.version,
      attention: noticeItems(migrated.findings, draft.values),
    };
    const values = { ...start, ...migrated.data };
    const result = compiled.validate(values, this.options);
    clearDrafts(storage, id);
    saveDraft(storage, id, {
      version,
      savedAt: draft.savedAt,
      values: withoutFiles(compiled, values),
      errors: errorKeys(result.errors),
      hidden: result.dropped,
    });
    return values;
  }

  /** Answers that need no saving (fresh, or just restored). */
  settled(values: unknown): void {
    this.cancel();
    this.savedValues = values;
  }

  /** Called on every change of the form state: saves once typing pauses. */
  changed(compiled: CompiledProcedure, snapshot: FormSnapshot): void {
    if (snapshot.values === this.savedValues || !this.storage) return;
    this.pending = { compiled, snapshot };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), this.host.draftDelay);
  }

  /** Forgets every draft of the procedure (start again, submitted). */
  forget(compiled: CompiledProcedure): void {
    this.cancel();
    this.notice = undefined;
    const storage = this.storage;
    if (storage) clearDrafts(storage, compiled.definition.id);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  private save(): void {
    this.timer = undefined;
    const storage = this.storage;
    const pending = this.pending;
    this.pending = undefined;
    if (!storage || !pending) return;
    const { compiled, snapshot } = pending;
    this.savedValues = snapshot.values;
    saveDraft(storage, compiled.definition.id, {
      version: compiled.definition.version,
      savedAt: new Date().toISOString(),
      values: withoutFiles(compiled, snapshot.values),
      errors: errorKeys(snapshot.result.errors),
      hidden: snapshot.result.dropped,
    });
  }
}
