/**
 * The Markdown subset analysts write in `content` elements, parsed into a small tree that a
 * renderer turns into DOM. Nothing here produces HTML text: raw HTML in the source stays text.
 *
 * Blocks: paragraphs (separated by blank lines), headings (`#` … `######`), bullet lists
 * (`-`, `*`, `+`) and numbered lists (`1.` or `1)`). Inline: `**strong**`, `__strong__`,
 * `*emphasis*`, `_emphasis_`, `` `code` ``, `[links](url)` and backslash escapes.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const BULLET = /^[ \t]{0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^[ \t]{0,3}([0-9]{1,9})[.)][ \t]+(.*)$/;
/** Characters that may start inline markup; everything between them is plain text. */
const SPECIAL = /[\\`[*_]/g;
const ESCAPABLE = '\\`*_[]()#+-.!>';

/** Parses Markdown text into blocks. Never throws: anything unrecognised is paragraph text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | undefined;

  const flush = (): void => {
    if (paragraph.length > 0)
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
    if (list)
      blocks.push({
        type: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map((item) => parseInline(item)),
      });
    list = undefined;
  };

  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({
        type: 'heading',
        level: heading[1]!.length,
        children: parseInline(heading[2]!),
      });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      list.items.push(bullet ? bullet[1]! : numbered![2]!);
      continue;
    }
    if (list && /^[ \t]/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += '\n' + line.trim();
      continue;
    }
    if (list) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Parses inline Markdown; unmatched markers stay as text. */
export function parseInline(source: string, allowLinks = true): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const pushText = (): void => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  // Where a search for each closing delimiter already failed: a later search fails too, so
  // unmatched markers cost one scan in all, not one each (no quadratic time on `*a *a *a …`).
  const noCloser = new Map<string, number>();
  let i = 0;
  while (i < source.length) {
    // Copy plain text up to the next character that may start markup in one slice.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(source)?.index ?? source.length;
    if (next > i) {
      text += source.slice(i, next);
      i = next;
      continue;
    }
    const char = source[i]!;
    if (char === '\\' && i + 1 < source.length && ESCAPABLE.includes(source[i + 1]!)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (char === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i + 1) {
        pushText();
        out.push({ type: 'code', text: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (char === '[' && allowLinks) {
      const link = matchLink(source, i);
      if (link) {
        pushText();
        out.push({ type: 'link', href: link.href, children: parseInline(link.label, false) });
        i = link.end;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const emphasis = matchEmphasis(source, i, allowLinks, noCloser);
      if (emphasis) {
        pushText();
        out.push(emphasis.node);
        i = emphasis.end;
        continue;
      }
    }
    text += char;
    i++;
  }
  pushText();
  return out;
}

/** Longest link label and target looked for, so unmatched brackets stay cheap. */
const MAX_LABEL = 500;
const MAX_HREF = 2000;

function matchLink(
  source: string,
  start: number,
): { label: string; href: string; end: number } | undefined {
  let depth = 0;
  let close = -1;
  const limit = Math.min(source.length, start + MAX_LABEL);
  for (let j = start; j < limit; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === '[') depth++;
    else if (source[j] === ']' && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close < 0 || source[close + 1] !== '(') return undefined;
  const end = source.indexOf(')', close + 2);
  if (end < 0 || end - close > MAX_HREF) return undefined;
  const href = source.slice(close + 2, end).trim();
  if (href === '' || /\s/.test(href)) return undefined;
  return { label: source.slice(start + 1, close), href, end: end + 1 };
}

function matchEmphasis(
  source: string,
  start: number,
  allowLinks: boolean,
  noCloser: Map<string, number>,
): { node: Inline; end: number } | undefined {
  const marker = source[start]!;
  // `snake_case` and `2*3*4` are not emphasis: an opening marker follows no letter or digit.
  if (start > 0 && /[\p{L}\p{N}]/u.test(source[start - 1]!)) return undefined;
  const double = source[start + 1] === marker;
  const delimiter = double ? marker + marker : marker;
  const from = start + delimiter.length;
  if (from >= source.length || /\s/.test(source[from]!)) return undefined;
  if (from >= (noCloser.get(delimiter) ?? Infinity)) return undefined;
  let close = source.indexOf(delimiter, from);
  while (close > 0) {
    const before = source[close - 1]!;
    const after = source[close + delimiter.length];
    const closes =
      !/\s/.test(before) &&
      before !== '\\' &&
      (double || source[close + 1] !== marker) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after));
    if (closes && close > from) break;
    close = source.indexOf(delimiter, close + 1);
  }
  if (close < 0) {
    noCloser.set(delimiter, Math.min(from, noCloser.get(delimiter) ?? Infinity));
    return undefined;
  }
  const children = parseInline(source.slice(from, close), allowLinks);
  return {
    node: double ? { type: 'strong', children } : { type: 'em', children },
    end: close + delimiter.length,
  };
}

/**
 * Whether a link target is safe to follow: http(s), mailto and tel, or a relative URL.
 * Anything else (`javascript:`, `data:`, `vbscript:` …) is refused, also when disguised with
 * case, spaces, control characters or entities the browser would not decode here anyway.
 */
export function isSafeHref(href: string): boolean {
  // Browsers drop these characters when parsing a URL's scheme; check what they would see.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  // No scheme: a relative URL (`/huong-dan`, `#muc-2`, `?q=1`), or `//host` which keeps the page's.
  if (!scheme) return true;
  return ['http', 'https', 'mailto', 'tel'].includes(scheme[1]!.toLowerCase());
}
