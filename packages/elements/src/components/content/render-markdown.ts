import { html, nothing, type TemplateResult } from 'lit';
import { isSafeHref, parseMarkdown, type Block, type Inline } from './markdown.js';

/**
 * Renders analyst Markdown as Lit templates: every piece of text is bound as text, so Lit
 * escapes it; a link's target is bound only after `isSafeHref` accepted it.
 *
 * Headings sit below the wizard's step title (`<h2>`): the text's highest heading becomes `<h3>`,
 * and a level is never skipped (`#` then `###` gives `<h3>`, `<h4>`), so the page's outline holds.
 */
export function renderMarkdown(source: string): TemplateResult {
  const blocks = parseMarkdown(source);
  const levels = outlineLevels(blocks);
  return html`${blocks.map((block, i) => renderBlock(block, levels[i]!))}`;
}

/** The HTML heading level of each block (0 for other blocks). */
function outlineLevels(blocks: Block[]): number[] {
  const top = Math.min(...blocks.map((b) => (b.type === 'heading' ? b.level : 7)));
  let previous = 2;
  return blocks.map((block) => {
    if (block.type !== 'heading') return 0;
    previous = Math.min(3 + block.level - top, previous + 1, 6);
    return previous;
  });
}

function renderBlock(block: Block, level: number): TemplateResult {
  switch (block.type) {
    case 'heading':
      return renderHeading(level, renderInline(block.children));
    case 'paragraph':
      return html`<p>${renderInline(block.children)}</p>`;
    case 'list':
      return block.ordered
        ? html`<ol start=${block.start === 1 ? nothing : block.start}>
            ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
          </ol>`
        : html`<ul>
            ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
          </ul>`;
  }
}

function renderHeading(level: number, content: TemplateResult): TemplateResult {
  // Static tags per level: a tag name is never built from text.
  switch (level) {
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
}

function renderInline(nodes: Inline[]): TemplateResult {
  return html`${nodes.map(renderNode)}`;
}

function renderNode(node: Inline): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'code':
      return html`<code>${node.text}</code>`;
    case 'strong':
      return html`<strong>${renderInline(node.children)}</strong>`;
    case 'em':
      return html`<em>${renderInline(node.children)}</em>`;
    case 'link':
      // A refused target leaves its label as plain text.
      return isSafeHref(node.href)
        ? html`<a href=${node.href}>${renderInline(node.children)}</a>`
        : renderInline(node.children);
  }
}
