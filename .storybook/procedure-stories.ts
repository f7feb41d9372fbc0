// What the wizard's stories share: running an example procedure (definition + precompiled
// validator from example-procedures.ts) in the toolbar's language, and walking through it.
import { html, type TemplateResult } from 'lit';
import { procedures } from 'virtual:hoso-example-procedures';
import type { HosoProcedure } from '../packages/elements/src/components/procedure/procedure.js';

/** Which example procedure the wizard runs, and from which answers. */
export interface ProcedureArgs {
  folder: string;
  values: Record<string, unknown> | undefined;
  /** A definition to run instead of the example's (with the example's validator). */
  definition?: unknown;
}

/** The date `today` means in the examples' date rules, so stories never drift. */
export const TODAY = '2026-11-22';

export function example(folder: string): (typeof procedures)[number] {
  const found = procedures.find((p) => p.folder === folder);
  if (!found) throw new Error(`examples/procedures/${folder}/definition.json was not found`);
  return found;
}

export function renderProcedure(
  args: ProcedureArgs,
  { globals }: { globals: Record<string, unknown> },
): TemplateResult {
  const procedure = example(args.folder);
  // Drafts are off: a story must not resume another story's answers.
  return html`<hoso-procedure
    lang=${globals['locale'] === 'en' ? 'en' : 'vi'}
    today=${TODAY}
    no-drafts
    .definition=${args.definition ?? procedure.definition}
    .schemaValidator=${procedure.schemaValidator}
    .values=${args.values}
  ></hoso-procedure>`;
}

async function wizardIn(canvas: HTMLElement): Promise<HosoProcedure> {
  const el = canvas.querySelector('hoso-procedure');
  if (!el) throw new Error('The story has no <hoso-procedure>.');
  await el.updateComplete;
  return el;
}

async function settle(el: HosoProcedure): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Presses Continue once: on an empty step this shows the error summary. */
export async function pressContinue({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = await wizardIn(canvasElement);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.continue')?.click();
  await settle(el);
}

/**
 * A `play` that presses Continue until `selector` matches in the wizard, or no Continue is left
 * (the review page), or a step cannot be left.
 */
export function continueUntil(selector: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const el = await wizardIn(canvasElement);
    for (let i = 0; i < 20 && !el.shadowRoot!.querySelector(selector); i++) {
      const next = el.shadowRoot!.querySelector<HTMLButtonElement>('button.continue');
      if (!next || el.shadowRoot!.querySelector('.error-summary')) return;
      next.click();
      await settle(el);
    }
  };
}

/** Presses Continue until the review page shows, or a step cannot be left. */
export const continueToReview = continueUntil('button.submit');
