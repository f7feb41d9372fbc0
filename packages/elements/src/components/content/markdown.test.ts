import { expect } from '@open-wc/testing';
import { isSafeHref, parseInline, parseMarkdown } from './markdown.js';

describe('parseMarkdown', () => {
  it('splits paragraphs, headings and lists', () => {
    const blocks = parseMarkdown(
      '# Hồ sơ\n\nMang theo:\n- Căn cước\n- Sổ hộ khẩu\n\n2. Nộp\n3. Nhận',
    );
    expect(blocks.map((b) => b.type)).to.deep.equal(['heading', 'paragraph', 'list', 'list']);
    expect(blocks[2]).to.deep.include({ ordered: false, start: 1 });
    expect(blocks[3]).to.deep.include({ ordered: true, start: 2 });
  });

  it('continues a list item on an indented line', () => {
    const [list] = parseMarkdown('- một\n  hai\n- ba');
    expect(list).to.deep.equal({
      type: 'list',
      ordered: false,
      start: 1,
      items: [[{ type: 'text', text: 'một\nhai' }], [{ type: 'text', text: 'ba' }]],
    });
  });
});

describe('parseInline', () => {
  it('reads strong, emphasis, code and links', () => {
    expect(parseInline('**đậm** và *nghiêng* `mã` [xem](https://dichvucong.gov.vn)')).to.deep.equal(
      [
        { type: 'strong', children: [{ type: 'text', text: 'đậm' }] },
        { type: 'text', text: ' và ' },
        { type: 'em', children: [{ type: 'text', text: 'nghiêng' }] },
        { type: 'text', text: ' ' },
        { type: 'code', text: 'mã' },
        { type: 'text', text: ' ' },
        {
          type: 'link',
          href: 'https://dichvucong.gov.vn',
          children: [{ type: 'text', text: 'xem' }],
        },
      ],
    );
  });

  it('leaves unmatched markers, snake_case and escapes as text', () => {
    expect(parseInline('2*3 = 6, so_ho_khau, \\*không\\*, [nửa')).to.deep.equal([
      { type: 'text', text: '2*3 = 6, so_ho_khau, *không*, [nửa' },
    ]);
  });
});

describe('isSafeHref', () => {
  it('accepts http(s), mailto, tel and relative URLs', () => {
    for (const href of [
      'https://a.vn',
      'HTTP://a.vn',
      'mailto:a@b.vn',
      'tel:0912345678',
      '/x',
      '#y',
    ])
      expect(isSafeHref(href), href).to.equal(true);
  });

  it('refuses script and data URLs, however disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:x',
    ])
      expect(isSafeHref(href), href).to.equal(false);
  });
});
