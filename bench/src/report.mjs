// Figures → ratios, targets and the Markdown page.

export const PEERS = ['formio', 'surveyjs', 'formjs', 'jsonforms', 'rjsf'];
export const NODE_PEERS = ['SurveyJS', 'Form.io', 'RJSF', 'JSON Forms'];
const NAMES = {
  plain: 'plain DOM (limit)',
  hoso: 'Hoso',
  formio: 'Form.io',
  surveyjs: 'SurveyJS',
  formjs: 'form-js',
  jsonforms: 'JSON Forms',
  rjsf: 'RJSF',
};

const ms = (value) =>
  value === undefined
    ? '—'
    : value < 10
      ? value.toFixed(1)
      : Math.round(value).toLocaleString('en');
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const times = (ratio) =>
  Number.isFinite(ratio) ? `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0)}×` : '—';

/** The smallest of the peers' figures (time, bytes: lower is better). */
function bestPeer(values) {
  const known = PEERS.map((p) => values[p]).filter((v) => typeof v === 'number');
  return known.length ? Math.min(...known) : NaN;
}

/** @param {any} results the raw results (see run.mjs) */
export function evaluateTargets(results) {
  const big = Math.max(...results.sizes);
  const at = (page) => results.browser[page]?.[big] ?? {};
  const hoso = at('hoso');
  const plain = at('plain');
  const peerBundles = PEERS.map((p) => results.bundles[p]?.gzipBytes).filter(Number.isFinite);
  const smallestPeer = Math.min(...peerBundles);
  const node = results.node.perSecond;
  const check = (name, value, limit, met, detail) => ({ name, value, limit, met, detail });
  return [
    check(
      'elements + core bundle < 60 kB gzip',
      results.bundles.hoso.gzipBytes / 60_000,
      1,
      results.bundles.hoso.gzipBytes < 60_000,
      `${kb(results.bundles.hoso.gzipBytes)} kB gzip`,
    ),
    check(
      'bundle ≤ 1/3 of the smallest peer',
      results.bundles.hoso.gzipBytes / smallestPeer,
      1 / 3,
      results.bundles.hoso.gzipBytes <= smallestPeer / 3,
      `${kb(results.bundles.hoso.gzipBytes)} kB vs ${kb(smallestPeer)} kB gzip`,
    ),
    check(
      `first render of ${big} fields ≤ 2× plain DOM`,
      hoso.renderMs / plain.renderMs,
      2,
      hoso.renderMs <= 2 * plain.renderMs,
      `${ms(hoso.renderMs)} ms vs ${ms(plain.renderMs)} ms`,
    ),
    check(
      'rule-driven update ≤ 5× plain DOM and < 16 ms',
      hoso.updateMs / plain.updateMs,
      5,
      hoso.updateMs <= 5 * plain.updateMs && hoso.updateMs < 16,
      `${ms(hoso.updateMs)} ms vs ${ms(plain.updateMs)} ms`,
    ),
    check(
      'validate-all ≤ 1.5× plain DOM',
      hoso.validateMs / plain.validateMs,
      1.5,
      hoso.validateMs <= 1.5 * plain.validateMs,
      `${ms(hoso.validateMs)} ms vs ${ms(plain.validateMs)} ms`,
    ),
    check(
      `heap after ${big} fields ≤ 2× plain DOM`,
      hoso.heapBytes / plain.heapBytes,
      2,
      hoso.heapBytes <= 2 * plain.heapBytes,
      `${mb(hoso.heapBytes)} MB vs ${mb(plain.heapBytes)} MB`,
    ),
    check(
      'server pipeline ≥ 50% of bare ajv',
      node.Hoso / node['bare ajv'],
      0.5,
      node.Hoso >= 0.5 * node['bare ajv'],
      `${Math.round(node.Hoso).toLocaleString('en')}/s vs ${Math.round(node['bare ajv']).toLocaleString('en')}/s`,
    ),
  ];
}

/** @param {any} results */
export function renderMarkdown(results) {
  const lines = [];
  const push = (...rows) => lines.push(...rows);
  const { machine } = results;
  push(
    '# Benchmarks: Hoso beside Form.io, SurveyJS, form-js, JSON Forms and RJSF',
    '',
    '<!-- Written by `pnpm bench` (bench/src/run.mjs). Do not edit: run it again. -->',
    '',
    'One generated form, the same for every library: text, number, date, email, select, checkbox',
    'and textarea fields in turn; a third required; a fifth shown only while the first field (the',
    '"driver") is not "no" — 200 visibility rules at 1,000 fields; pattern, length and range checks.',
    'Each library gets the form in its own format (`bench/src/translate/`); the limit is a',
    'hand-written DOM renderer with native validation (browser) and a bare ajv validator (Node).',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Node ${machine.node};`,
    `${machine.chromium} (headless); ${machine.date}. Load average ${machine.loadStart} at the start,`,
    `${machine.loadEnd} at the end${machine.loadStart > machine.cores ? ' — a shared, busy machine: absolute times are inflated, compare the ratios' : ''}.`,
    `Medians of ${results.repetitions} repetitions, a fresh page each; the whole run took ${Math.round(machine.seconds / 60)} min.`,
    '',
    'Run it: `pnpm run build && pnpm bench` (writes this page and `bench/results/benchmarks.json`);',
    '`pnpm --filter @hoso/bench run bench:quick` for a 50-field smoke run (printed only);',
    '`--report-only` rewrites this page from the JSON.',
    '',
    '## Targets (Hoso)',
    '',
    '| target | Hoso | ratio | met |',
    '|---|---|---:|:---:|',
  );
  for (const t of results.targets)
    push(`| ${t.name} | ${t.detail} | ${times(t.value)} | ${t.met ? 'yes' : '**no**'} |`);

  push(
    '',
    '## Bundle size',
    '',
    'What each page loads before it renders and validates: esbuild with code splitting, minified,',
    "gzip level 9 (JavaScript and the library's own stylesheet; fonts and images not counted).",
    "Chunks a library imports on demand are counted apart. Hoso's figure is `@hoso/elements` +",
    '`@hoso/core/precompiled` + lit; its on-demand chunk is the definition checker, loaded only',
    'when the validator module does not vouch for the definition (docs/decisions/0011). Each form',
    'adds its precompiled validator module (below). All pages share the same small harness.',
    '',
    '| library | min kB | gzip kB | × plain DOM | × best peer | on demand, gzip kB |',
    '|---|---:|---:|---:|---:|---:|',
  );
  const gz = Object.fromEntries(Object.entries(results.bundles).map(([p, b]) => [p, b.gzipBytes]));
  for (const [page, bundle] of Object.entries(results.bundles))
    push(
      `| ${NAMES[page]} | ${kb(bundle.minBytes)} | ${kb(bundle.gzipBytes)} | ${times(bundle.gzipBytes / gz.plain)} | ${times(bundle.gzipBytes / bestPeer(gz))} | ${bundle.onDemandGzipBytes ? kb(bundle.onDemandGzipBytes) : '–'} |`,
    );
  push(
    '',
    `Hoso's per-form validator (gzip): ${results.sizes.map((n) => `${n} fields ${kb(results.validators[n].gzipBytes)} kB`).join(', ')}.`,
  );

  for (const n of results.sizes) {
    push(
      '',
      `## Browser, ${n.toLocaleString('en')} fields`,
      '',
      'Render: until every field is in the DOM and laid out. Update: typing "no" into the driver',
      `until its ${n / 5} dependent fields are hidden. Validate-all: the library's own "check`,
      'everything" (Hoso: Continue) until the errors show. Heap: after render and a forced GC.',
      '',
      '| library | render ms | × plain | × best peer | update ms | × plain | × best peer | validate ms | × plain | × best peer | heap MB | × plain |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    const row = (page) => results.browser[page]?.[n] ?? {};
    const column = (key) => Object.fromEntries(Object.keys(NAMES).map((p) => [p, row(p)[key]]));
    const columns = {
      renderMs: column('renderMs'),
      updateMs: column('updateMs'),
      validateMs: column('validateMs'),
    };
    for (const page of Object.keys(NAMES)) {
      const m = row(page);
      if (m.error) {
        push(
          `| ${NAMES[page]} | failed: ${m.error.split('\n')[0].replace(/\|/g, '/')} |||||||||||`,
        );
        continue;
      }
      const cells = Object.entries(columns).map(([key, values]) =>
        [ms(m[key]), times(m[key] / values.plain), times(m[key] / bestPeer(values))].join(' | '),
      );
      push(
        `| ${NAMES[page]} | ${cells.join(' | ')} | ${mb(m.heapBytes)} | ${times(m.heapBytes / row('plain').heapBytes)} |`,
      );
    }
  }

  push(
    '',
    '## Hoso elements at every size',
    '',
    '| fields | render ms | × plain DOM | update ms | × plain DOM | validate ms | × plain DOM |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const n of results.sizes) {
    const h = results.browser.hoso?.[n] ?? {};
    const p = results.browser.plain?.[n] ?? {};
    push(
      `| ${n} | ${ms(h.renderMs)} | ${times(h.renderMs / p.renderMs)} | ${ms(h.updateMs)} | ${times(h.updateMs / p.updateMs)} | ${ms(h.validateMs)} | ${times(h.validateMs / p.validateMs)} |`,
    );
  }
  const violations = results.sizes.flatMap((n) => results.browser.hoso?.[n]?.cspViolations ?? []);
  push(
    '',
    `Hoso's page runs under \`Content-Security-Policy: ${results.csp}\`: ${violations.length} violations.`,
  );

  const node = results.node;
  const best = Math.max(...NODE_PEERS.map((p) => node.perSecond[p]));
  push(
    '',
    `## Node: server-side validation of a valid ${node.fields}-field submission`,
    '',
    'Built once, then one submission validated again and again in one process; warm-up, median',
    `of ${node.rounds} timed rounds. Hoso: the whole pipeline (\`compile\` once → \`validate\`: NFC,`,
    "hidden-field removal, rules, ajv, messages). Bare ajv: Hoso's data schema alone. SurveyJS:",
    'set `data`, `validate()`. Form.io: `@formio/core` `processSync` with every processor. RJSF:',
    '`validateFormData`. JSON Forms: its ajv and `validate`.',
    '',
    '| library | submissions/s | × bare ajv | × best peer |',
    '|---|---:|---:|---:|',
  );
  for (const [name, rate] of Object.entries(node.perSecond))
    push(
      `| ${name === 'bare ajv' ? 'bare ajv (limit)' : name} | ${rate < 100 ? rate.toFixed(1) : Math.round(rate).toLocaleString('en')} | ${times(rate / node.perSecond['bare ajv'])} | ${times(rate / best)} |`,
    );
  push(
    '',
    '## Reading the figures',
    '',
    "- Form.io's date fields are text fields with an ISO-date pattern: its datetime component",
    '  fetches flatpickr from a CDN at run time.',
    '- Required checkboxes are left out (a third of the other fields are required): "required"',
    '  means "ticked" to some libraries and "answered" to others.',
    '- Raw figures of every repetition: `bench/results/benchmarks.json`.',
  );
  if (results.notes?.length) push(...results.notes.map((n) => `- ${n}`));
  push('');
  return lines.join('\n');
}
