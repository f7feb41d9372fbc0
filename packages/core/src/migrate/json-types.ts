import type { Element } from '@hoso/schema';

/** The JSON type an answer to each kind of element has; `undefined` for any (computed values). */
export const ANSWER_TYPES: Readonly<
  Record<Element['type'], 'string' | 'number' | 'boolean' | 'array' | 'object' | undefined>
> = {
  text: 'string',
  textarea: 'string',
  email: 'string',
  phone: 'string',
  'citizen-id': 'string',
  'tax-code': 'string',
  date: 'string',
  select: 'string',
  radio: 'string',
  number: 'number',
  integer: 'number',
  money: 'number',
  checkbox: 'boolean',
  checkboxes: 'array',
  file: 'array',
  repeater: 'array',
  address: 'object',
  group: 'object',
  computed: undefined,
  content: undefined,
};

export function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}
