// WTR entry of the benchmark: prints the medians (plain JSON view; see bench.html for monaco).
import { fixture, html } from '@open-wc/testing';
import '../app/designer-app.js';
import type { HosoDesigner } from '../app/designer-app.js';
import { runEditLatency } from './edit-latency.js';

describe('benchmark: 500 elements, select → edit label → undo', function () {
  this.timeout(300000);
  it('reports median ms (canvas + properties + JSON view)', async () => {
    const el = await fixture<HosoDesigner>(
      html`<hoso-designer json-plain no-autosave style="height:900px"></hoso-designer>`,
    );
    const result = await runEditLatency(el);
    console.log(`BENCH ${JSON.stringify(result)}`);
  });
});
