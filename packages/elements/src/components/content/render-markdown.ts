import { html, nothing, type TemplateResult } from 'lit';
import { isSafeHref, parseMarkdown, type Block, type Inline } from './markdown.js';

/**
 * Renders analyst Markdown as Lit templates: every piece of text is bound as text, so Lit
 * escapes it; a link's target is bound only after `isSafeHref` accepted it.
 *
 * Headings start at `<h3>` (`#`), below the wizard's step title (`<h2>`), and stop at `<h6>`.
 */
export function renderMarkdown(source: string): TemplateResult {
  return html`${parseMarkdown(source).map(renderBlock)}`;
}

function renderBlock(block: Block): TemplateResult {
  switch (block.type) {
    case 'heading':
      return renderHeading(Math.min(block.level + 2, 6), renderInline(block.children));
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
