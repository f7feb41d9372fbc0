// The code samples of docs/portal-developers/embedding.md are quotes: each one, announced by
// `<!-- quote: <path> -->`, must still appear in that file, line for line (the sample may sit at
// another indentation as a whole).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const ROOT = new URL('../../../', import.meta.url);
const DOC = 'docs/portal-developers/embedding.md';

/** Every `<!-- quote: path -->` followed by a fenced block: `{ path, lines }`. */
export function quotedSamples(markdown) {
  const pattern = /<!-- quote: (\S+) -->\s*\n```[\w-]*\n([\s\S]*?)\n```/g;
  return [...markdown.matchAll(pattern)].map((m) => ({ path: m[1], lines: m[2].split('\n') }));
}

/** Whether `lines` appear consecutively in `text`, all shifted by the same indentation. */
export function appearsIn(text, lines) {
  const fileLines = text.split('\n');
  const first = lines[0].trimStart();
  const ownIndent = lines[0].length - first.length;
  for (let i = 0; i + lines.length <= fileLines.length; i++) {
    if (fileLines[i].trimStart() !== first) continue;
    const shift = fileLines[i].length - first.length - ownIndent;
    const matches = lines.every((line, j) => {
      if (line === '') return fileLines[i + j] === '';
      return shift >= 0
        ? fileLines[i + j] === ' '.repeat(shift) + line
        : fileLines[i + j] === line.slice(-shift) && line.startsWith(' '.repeat(-shift));
    });
    if (matches) return true;
  }
  return false;
}

describe('embedding guide', () => {
  it('finds a quote at the right indentation only', () => {
    const file = 'a {\n  b();\n  c();\n}\n';
    assert.equal(appearsIn(file, ['b();', 'c();']), true);
    assert.equal(appearsIn(file, ['    b();', '    c();']), true);
    assert.equal(appearsIn(file, ['b();', '  c();']), false);
    assert.equal(appearsIn(file, ['b();', 'd();']), false);
  });

  it('quotes the examples verbatim', async () => {
    const samples = quotedSamples(await readFile(new URL(DOC, ROOT), 'utf8'));
    assert.ok(samples.length >= 10, `${samples.length} quoted samples`);
    for (const { path, lines } of samples) {
      const text = await readFile(new URL(path, ROOT), 'utf8');
      assert.ok(
        appearsIn(text, lines),
        `${DOC}: this sample is no longer in ${path}:\n${lines.join('\n')}`,
      );
    }
  });
});
