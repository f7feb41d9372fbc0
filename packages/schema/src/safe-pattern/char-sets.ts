import type { CharSetNode, CodePointRange } from './regex-ast.js';

const MAX_CODE_POINT = 0x10ffff;

export const DIGITS: CodePointRange[] = [[0x30, 0x39]];
export const WORD: CodePointRange[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
export const WHITESPACE: CodePointRange[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
export const LINE_TERMINATORS: CodePointRange[] = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

export function normalize(ranges: CodePointRange[]): CodePointRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

export function complement(ranges: CodePointRange[]): CodePointRange[] {
  const result: CodePointRange[] = [];
  let next = 0;
  for (const [low, high] of normalize(ranges)) {
    if (low > next) result.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX_CODE_POINT) result.push([next, MAX_CODE_POINT]);
  return result;
}

function size(ranges: CodePointRange[]): number {
  return ranges.reduce((total, [low, high]) => total + high - low + 1, 0);
}

function rangesIntersect(a: CodePointRange[], b: CodePointRange[]): boolean {
  return a.some(([aLow, aHigh]) => b.some(([bLow, bHigh]) => aLow <= bHigh && bLow <= aHigh));
}

const membershipTests = new Map<string, RegExp>();

function matchesOne(set: CharSetNode, codePoint: number): boolean {
  let test = membershipTests.get(set.source);
  if (test === undefined) {
    test = new RegExp(`^(?:${set.source})$`, 'u');
    membershipTests.set(set.source, test);
  }
  return test.test(String.fromCodePoint(codePoint));
}

/** Above this many code points we do not enumerate a set to compare it with a property. */
const ENUMERATION_LIMIT = 20_000;

/**
 * Whether two one-character atoms can match the same character. Exact when both sets are known
 * ranges or one is small enough to enumerate; otherwise (two Unicode properties, or a property
 * and a large set) it answers "yes", which only makes the checker stricter.
 */
export function charSetsOverlap(a: CharSetNode, b: CharSetNode): boolean {
  if (a.ranges !== undefined && b.ranges !== undefined) return rangesIntersect(a.ranges, b.ranges);
  const [known, other] = a.ranges !== undefined ? [a, b] : [b, a];
  if (known.ranges === undefined || size(known.ranges) > ENUMERATION_LIMIT) return true;
  for (const [low, high] of known.ranges) {
    for (let codePoint = low; codePoint <= high; codePoint++) {
      if (matchesOne(other, codePoint)) return true;
    }
  }
  return false;
}
