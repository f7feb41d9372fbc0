// Every custom property the elements read is set by both themes and documented for portal
// developers, and no element hard-codes a colour a theme cannot change.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const src = new URL('../src/', import.meta.url);
const themes = ['default.css', 'high-contrast.css'];
const guide = new URL('../../../docs/portal-developers/theming.md', import.meta.url);

/** The element sources (tests, stories and test helpers left out) and their text. */
async function sources() {
  const files = await readdir(src, { recursive: true });
  const chosen = files.filter(
    (f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(f) && !f.includes('test/'),
  );
  return Promise.all(chosen.map(async (f) => [f, await readFile(new URL(f, src), 'utf8')]));
}

function propertiesRead(text) {
  return new Set([...text.matchAll(/var\(\s*(--hoso-[a-z0-9-]+)/g)].map((m) => m[1]));
}

function propertiesSet(css) {
  return new Set([...css.matchAll(/^\s*(--hoso-[a-z0-9-]+)\s*:/gm)].map((m) => m[1]));
}

/** The CSS inside css`…` blocks with every `var(--hoso-…, fallback)` taken out. */
function cssWithoutThemedValues(text) {
  const blocks = [...text.matchAll(/css`([^`]*)`/g)].map((m) => m[1]).join('\n');
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    if (blocks.startsWith('var(--hoso-', i)) {
      let depth = 0;
      for (; i < blocks.length; i++) {
        if (blocks[i] === '(') depth++;
        if (blocks[i] === ')' && --depth === 0) break;
      }
      out += 'var()';
    } else out += blocks[i];
  }
  return out;
}

describe('themes', () => {
  it('both themes set every custom property the elements read', async () => {
    const read = new Set();
    for (const [, text] of await sources()) for (const p of propertiesRead(text)) read.add(p);
    assert.ok(read.size > 20, `only ${read.size} properties found`);
    for (const theme of themes) {
      const set = propertiesSet(await readFile(new URL(`themes/${theme}`, src), 'utf8'));
      const missing = [...read].filter((p) => !set.has(p));
      assert.deepEqual(missing, [], `src/themes/${theme} does not set these`);
    }
  });

  it('the two themes set the same properties', async () => {
    const [a, b] = await Promise.all(
      themes.map(async (t) => [
        ...propertiesSet(await readFile(new URL(`themes/${t}`, src), 'utf8')),
      ]),
    );
    assert.deepEqual(a.sort(), b.sort());
  });

  it('docs/portal-developers/theming.md documents every property', async () => {
    const doc = await readFile(guide, 'utf8');
    const css = await readFile(new URL('themes/default.css', src), 'utf8');
    const undocumented = [...propertiesSet(css)].filter((p) => !doc.includes(`\`${p}\``));
    assert.deepEqual(undocumented, []);
  });

  it('no element hard-codes a colour outside a themed custom property', async () => {
    const offenders = [];
    for (const [file, text] of await sources()) {
      const rest = cssWithoutThemedValues(text);
      for (const m of rest.matchAll(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi))
        offenders.push(`${file}: ${m[0]}`);
    }
    assert.deepEqual(offenders, []);
  });
});
