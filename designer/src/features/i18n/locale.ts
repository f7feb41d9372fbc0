/**
 * The designer's own words in Vietnamese and English. (The definition's texts are not here:
 * analysts write both languages into the definition itself.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CATALOG, type MessageId } from './catalog.js';

export type Locale = 'vi' | 'en';

let current: Locale = 'vi';
const listeners = new Set<() => void>();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A message of the designer in the current locale; `{name}` placeholders are filled in. */
export function t(id: MessageId, params?: Record<string, string | number>): string {
  const entry = CATALOG[id] as readonly [string, string] | undefined;
  if (!entry) return id;
  let text: string = current === 'vi' ? entry[0] : entry[1];
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      text = text.replaceAll(`{${name}}`, String(value));
    }
  }
  return text;
}

/** Definition text in the current locale, falling back to Vietnamese. */
export function localized(text: unknown, locale: Locale = current): string {
  if (typeof text === 'string') return text;
  if (typeof text !== 'object' || text === null) return '';
  const record = text as Record<string, unknown>;
  const value = record[locale] ?? record.vi;
  return typeof value === 'string' ? value : '';
}

/** Re-renders a Lit host when the locale changes. */
export class LocaleController implements ReactiveController {
  private off: (() => void) | undefined;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.off = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.off?.();
  }
}
