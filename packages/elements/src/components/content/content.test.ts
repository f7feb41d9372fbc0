import { expect, fixture, html } from '@open-wc/testing';
import type { HosoContent } from './content.js';
import './content.js';

async function content(text: string, lang = 'vi'): Promise<HosoContent> {
  return fixture<HosoContent>(
    html`<hoso-content
      lang=${lang}
      .element=${{ type: 'content', key: 'note', text: { vi: text, en: `EN ${text}` } }}
    ></hoso-content>`,
  );
}

describe('<hoso-content>', () => {
  it('draws headings, paragraphs, emphasis and lists and is accessible', async () => {
    const el = await content(
      '# Lưu ý\n\nMang **bản chính** và *bản sao*.\n\n- Căn cước\n- Giấy khai sinh\n\n1. Nộp\n2. Nhận',
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).to.equal('Lưu ý');
    expect(root.querySelector('p strong')!.textContent).to.equal('bản chính');
    expect(root.querySelector('p em')!.textContent).to.equal('bản sao');
    expect(root.querySelectorAll('ul > li').length).to.equal(2);
    expect(root.querySelectorAll('ol > li').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('keeps the outline: headings start at h3 and skip no level', async () => {
    const el = await content('## Hồ sơ\n\n#### Giấy tờ\n\n## Lệ phí\n\n### Miễn phí');
    const tags = [...el.shadowRoot!.querySelectorAll('h3, h4, h5, h6')].map((h) => h.localName);
    expect(tags).to.deep.equal(['h3', 'h4', 'h3', 'h4']);
  });

  it('shows the English text when lang is en', async () => {
    const el = await content('Xin chào', 'en');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('EN Xin chào');
  });

  it('follows only safe links', async () => {
    const el = await content(
      '[Cổng](https://dichvucong.gov.vn) [gọi](tel:1900) [xấu](javascript:alert(1)) [dữ liệu](data:text/html,x)',
    );
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://dichvucong.gov.vn', 'tel:1900']);
    expect(el.shadowRoot!.textContent).to.contain('xấu');
    expect(el.shadowRoot!.textContent).to.contain('dữ liệu');
  });

  it('keeps hostile HTML as text', async () => {
    const hostile =
      '<img src=x onerror=alert(1)> <script>alert(1)</script> **<b>x</b>** [<svg onload=alert(1)>](/a)';
    const el = await content(hostile);
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b, svg')).to.equal(null);
    expect(root.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(root.textContent).to.contain('<script>alert(1)</script>');
    expect(root.querySelector('a')!.textContent).to.equal('<svg onload=alert(1)>');
  });
});
