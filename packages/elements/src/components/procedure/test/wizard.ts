// Helpers of the <hoso-procedure> browser tests: the household fixture, a wizard on it, and a
// tiny in-page intake server that answers the wizard's fetches.
import { aTimeout, fixture, html } from '@open-wc/testing';
import type { SchemaValidator } from '@hoso/core/precompiled';
import type { HosoFieldElement } from '../../../internal/hoso-field-element.js';
import type { HosoProcedure } from '../procedure.js';
import '../procedure.js';

export const TODAY = '2026-11-22';
export const FIXTURES = '/dist/test-fixtures';

export type Json = Record<string, any>;

let cache: { definition: Json; schemaValidator: SchemaValidator } | undefined;

/** Another fixture of the WTR config (`household-file`) with its precompiled validator. */
export async function fixtureProcedure(
  name: string,
): Promise<{ definition: Json; schemaValidator: SchemaValidator }> {
  const definition = (await (await fetch(`${FIXTURES}/${name}.json`)).json()) as Json;
  const url = `${FIXTURES}/${name}.validator.js`;
  const schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
  return { definition, schemaValidator };
}

/** The household definition and its precompiled validator (built by the WTR config). */
export async function household(): Promise<{ definition: Json; schemaValidator: SchemaValidator }> {
  if (!cache) {
    const definition = (await (await fetch(`${FIXTURES}/household.json`)).json()) as Json;
    const url = `${FIXTURES}/household.validator.js`;
    const schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
    cache = { definition, schemaValidator };
  }
  return { definition: structuredClone(cache.definition), schemaValidator: cache.schemaValidator };
}

export interface WizardOptions {
  definition?: Json;
  schemaValidator?: SchemaValidator;
  values?: Record<string, unknown>;
  lang?: string;
  action?: string;
  drafts?: boolean;
}

export async function wizard(options: WizardOptions = {}): Promise<HosoProcedure> {
  const fixtureData = await household();
  const el = await fixture<HosoProcedure>(
    html`<hoso-procedure
      lang=${options.lang ?? 'vi'}
      today=${TODAY}
      action=${options.action ?? ''}
      draft-delay="20"
      ?no-drafts=${options.drafts !== true}
      .definition=${options.definition ?? fixtureData.definition}
      .schemaValidator=${options.schemaValidator ?? fixtureData.schemaValidator}
      .values=${options.values}
    ></hoso-procedure>`,
  );
  if (!options.action) el.removeAttribute('action');
  await settle(el);
  return el;
}

export async function settle(el: HosoProcedure): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    const inner = el.shadowRoot!.querySelectorAll<
      HTMLElement & { updateComplete?: Promise<unknown> }
    >('hoso-form, hoso-documents, hoso-fee-summary, hoso-receipt, hoso-choice-field');
    for (const child of inner) await child.updateComplete;
    await aTimeout(0);
  }
}

export const form = (el: HosoProcedure) => el.shadowRoot!.querySelector('hoso-form')!;
export const field = (el: HosoProcedure, key: string) =>
  form(el).shadowRoot!.querySelector<HosoFieldElement>(`[name="${key}"]`)!;
export const button = (el: HosoProcedure, cls: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${cls}`)!;
export const heading = (el: HosoProcedure) => el.shadowRoot!.querySelector('h2')!.textContent!;

/** Answers step 1 of household.json through the store (not what these tests are about). */
export function answerPerson(el: HosoProcedure, status: 'single' | 'divorced' = 'single'): void {
  const store = el.formStore!;
  store.setValue('fullName', 'Nguyễn Văn An');
  store.setValue('birthDate', '1990-05-01');
  store.setValue('idNumber', '001090012345');
  store.setValue('maritalStatus', status);
  if (status === 'divorced') store.setValue('divorceDate', '2020-01-01');
  store.setValue('address', {
    residence: { province: '01', commune: '00004', street: '12 Hàng Bạc' },
  });
  store.setValue('declaration', true);
}

export async function clickContinue(el: HosoProcedure): Promise<void> {
  button(el, 'continue').click();
  await settle(el);
}

export function pdf(name = 'cccd.pdf', size = 1500): File {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf' });
}

/** Picks files into an upload slot (a `hoso-file-field`) as the file chooser would. */
export async function pickFiles(slot: Element, ...files: File[]): Promise<void> {
  const input = slot.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await (slot as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

export function documentSlot(el: HosoProcedure, key: string): HTMLElement {
  const documents = el.shadowRoot!.querySelector('hoso-documents')!;
  return documents.shadowRoot!.querySelector<HTMLElement>(`[name="$documents.${key}"]`)!;
}

export interface FakeRequest {
  url: string;
  method: string;
  headers: Headers;
  body: FormData | undefined;
}

/**
 * Replaces `fetch` for URLs under `/fake/` with `answer`; every other URL goes to the test
 * server. Returns the requests seen and a function that puts the real `fetch` back.
 */
export function fakeServer(answer: (request: FakeRequest) => Response | Promise<Response>): {
  requests: FakeRequest[];
  restore: () => void;
} {
  const real = window.fetch;
  const requests: FakeRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    if (!url.pathname.startsWith('/fake/')) return real(input, init);
    const request: FakeRequest = {
      url: url.pathname,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: init?.body instanceof FormData ? init.body : undefined,
    };
    requests.push(request);
    return answer(request);
  };
  return { requests, restore: () => (window.fetch = real) };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
