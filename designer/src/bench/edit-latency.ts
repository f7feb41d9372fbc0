/**
 * Benchmark (not a test): with a 500-element definition loaded, select an element, edit its
 * label, undo — the time until the canvas, the properties panel and the JSON view show it.
 * Run in Chromium by `pnpm --filter @hoso/designer bench` (WTR, plain JSON view), or open
 * `bench.html` of the production build under `vite preview` (monaco JSON view; `?plain` for the
 * plain one), as docs/designer.md describes.
 */
import type { ProcedureDefinition } from '@hoso/schema';
import '../app/designer-app.js';
import type { HosoDesigner } from '../app/designer-app.js';
import { newDefinition } from '../features/modeling/template.js';

export function bigDefinition(count = 500, steps = 1): ProcedureDefinition {
  const definition = newDefinition();
  const perStep = Math.ceil(count / steps);
  definition.steps = Array.from({ length: steps }, (_, s) => ({
    key: `step${s + 1}`,
    title: { vi: `Bước ${s + 1}`, en: `Step ${s + 1}` },
    elements: Array.from({ length: Math.min(perStep, count - s * perStep) }, (_, i) => {
      const n = s * perStep + i;
      return n % 5 === 4
        ? {
            type: 'select' as const,
            key: `choice${n}`,
            label: { vi: `Lựa chọn ${n}`, en: `Choice ${n}` },
            options: [
              { value: 'a', label: { vi: 'A' } },
              { value: 'b', label: { vi: 'B' } },
            ],
          }
        : {
            type: 'text' as const,
            key: `field${n}`,
            label: { vi: `Trường ${n}`, en: `Field ${n}` },
            hint: { vi: 'Gợi ý', en: 'Hint' },
            required: n % 2 === 0,
            maxLength: 200,
          };
    }),
  }));
  return definition;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Lets the page settle before each measured action, as it has between a person's clicks: the
 * last frame's paint and any work it queued would otherwise land in the next action's time.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * Times one action from a settled page: `shown` when the app and the JSON view have updated and
 * the next frame begins (the DOM shows the change), `painted` one frame later, once the frame
 * showing it has been styled, laid out and painted.
 */
async function timeAction(
  el: HosoDesigner,
  action: () => void,
): Promise<{ shown: number; painted: number }> {
  await settle();
  const start = performance.now();
  action();
  await el.updateComplete;
  const json = el.querySelector('hoso-json-editor') as
    | (HTMLElement & {
        updateComplete: Promise<unknown>;
      })
    | null;
  await json?.updateComplete;
  await frame();
  const shown = performance.now() - start;
  await frame();
  return { shown, painted: performance.now() - start };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface BenchResult {
  elements: number;
  runs: number;
  jsonView: 'monaco' | 'textarea';
  selectMs: number;
  editMs: number;
  undoMs: number;
  /** The same actions until their frame is painted (software raster in headless Chromium). */
  painted: { selectMs: number; editMs: number; undoMs: number };
}

export async function runEditLatency(
  el: HosoDesigner,
  { count = 500, runs = 21 } = {},
): Promise<BenchResult> {
  el.openDefinition(bigDefinition(count), 'bench');
  await timeAction(el, () => undefined);
  const select: { shown: number; painted: number }[] = [];
  const edit: { shown: number; painted: number }[] = [];
  const undo: { shown: number; painted: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const pointer = `/steps/0/elements/${(r * 37) % count}`;
    select.push(
      await timeAction(el, () => {
        el.selection = { section: 'step', step: 0, element: pointer };
      }),
    );
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(
      `input[data-pointer="${pointer}/label/vi"]`,
    )!;
    edit.push(
      await timeAction(el, () => {
        input.value = `Nhãn mới ${r}`;
        input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }),
    );
    undo.push(await timeAction(el, () => el.undo()));
  }
  const ms = (times: { shown: number; painted: number }[], moment: 'shown' | 'painted') =>
    Math.round(median(times.map((t) => t[moment])) * 10) / 10;
  return {
    elements: count,
    runs,
    jsonView: el.jsonPlain ? 'textarea' : 'monaco',
    selectMs: ms(select, 'shown'),
    editMs: ms(edit, 'shown'),
    undoMs: ms(undo, 'shown'),
    painted: {
      selectMs: ms(select, 'painted'),
      editMs: ms(edit, 'painted'),
      undoMs: ms(undo, 'painted'),
    },
  };
}
