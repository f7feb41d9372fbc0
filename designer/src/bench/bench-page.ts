// bench.html: the same benchmark in the Vite app, with monaco as the JSON view.
import { compile } from '@hoso/core';
import '../app/designer-app.js';
import type { HosoDesigner } from '../app/designer-app.js';
import { installCompiler } from '../features/preview/compiler.js';
import { runEditLatency } from './edit-latency.js';

installCompiler(compile);

const el = document.querySelector<HosoDesigner>('hoso-designer')!;
// `bench.html?plain` measures with the plain text area as the JSON view, as the WTR run does.
if (new URLSearchParams(location.search).has('plain')) el.setAttribute('json-plain', '');
const out = document.querySelector('#result')!;
// Give monaco time to load its chunk and workers.
await new Promise((resolve) => setTimeout(resolve, 3000));
const result = await runEditLatency(el);
out.textContent = JSON.stringify(result, null, 2);
console.log(`BENCH ${JSON.stringify(result)}`);
