import { css, html, LitElement, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localize, toLang, type Lang } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { renderMarkdown } from './render-markdown.js';

/** The parts of a `content` element this component draws. */
export interface ContentDefinition {
  type: 'content';
  key: string;
  text: { vi: string; en?: string };
}

/**
 * @summary Analyst-written guidance in a step: a small Markdown subset (paragraphs, emphasis,
 * lists, headings from `<h3>`, links) turned into DOM. Raw HTML stays text and only http(s),
 * mailto, tel and relative links are followed; any other link shows as plain text.
 * @status experimental
 * @csspart base - The wrapper of the rendered text.
 * @cssproperty --hoso-link-color - Colour of links.
 * @cssproperty --hoso-space-m - Space between paragraphs, lists and headings.
 */
@customElement('hoso-content')
export class HosoContent extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .content > :first-child {
        margin-block-start: 0;
      }
      .content > * {
        margin-block: 0 var(--hoso-space-m, 1rem);
      }
      a {
        color: var(--hoso-link-color, #1d70b8);
      }
      code {
        font-family: var(--hoso-code-font-family, ui-monospace, monospace);
      }
    `,
  ];

  /** The definition's content element; its `text` is the Markdown. */
  @property({ attribute: false }) element: ContentDefinition | undefined;
  /** Markdown to show when no `element` is given. */
  @property() text = '';
  /** UI language; defaults to the closest `lang` attribute. */
  @property() override lang = '';

  private get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  protected override render(): TemplateResult {
    const source = this.element ? localize(this.element.text, this.language) : this.text;
    return html`<div class="content" part="base">${renderMarkdown(source)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hoso-content': HosoContent;
  }
}
