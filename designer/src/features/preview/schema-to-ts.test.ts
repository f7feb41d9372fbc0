import { expect } from '@open-wc/testing';
import { schemaToTypeScript } from './schema-to-ts.js';

describe('schema → TypeScript', () => {
  it('prints objects, optional members, enums, arrays and nesting', () => {
    const ts = schemaToTypeScript({
      title: 'Đăng ký kết hôn',
      type: 'object',
      properties: {
        fullName: { type: 'string' },
        kind: { type: 'string', enum: ['a', 'b'] },
        tags: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } },
        g: { type: 'object', properties: { d: { type: 'integer' } }, additionalProperties: false },
        $delivery: { enum: ['online'] },
      },
      required: ['fullName'],
      additionalProperties: false,
    });
    expect(ts).to.equal(
      [
        'export interface DangKyKetHonData {',
        '  fullName: string;',
        '  kind?: "a" | "b";',
        '  tags?: ("x" | "y")[];',
        '  g?: {',
        '    d?: number;',
        '  };',
        '  $delivery?: "online";',
        '}',
        '',
      ].join('\n'),
    );
  });
});
