import { compareVersions, parseVersion, type SemVer } from '../diff/semver.js';

type Comparator = (version: SemVer) => boolean;

/**
 * Whether a version satisfies a range, or `undefined` when the range cannot be read. Supports
 * what overlays need from npm's range syntax: exact `1.2.0`, `=`, `<`, `<=`, `>`, `>=`, caret
 * `^1.2.0`, tilde `~1.2.0`, x-ranges `1.x` / `1.2.*` / `*`, hyphen ranges `1.0.0 - 1.4.0`,
 * space-separated comparators (all must hold) and `||` (either side). Pre-release versions are
 * compared by plain semver precedence.
 */
export function satisfiesRange(version: string, range: string): boolean | undefined {
  const parsed = parseVersion(version);
  const alternatives = range.split('||').map(parseComparatorSet);
  if (!parsed || alternatives.some((set) => set === undefined)) return undefined;
  return alternatives.some((set) => set!.every((test) => test(parsed)));
}

function parseComparatorSet(text: string): Comparator[] | undefined {
  const trimmed = text.trim();
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(trimmed);
  if (hyphen) {
    const low = parsePartial(hyphen[1]!);
    const high = parsePartial(hyphen[2]!);
    if (!low || !high) return undefined;
    return [(v) => compareVersions(v, low.floor) >= 0, upperBound(high)];
  }
  const tokens = trimmed === '' ? ['*'] : trimmed.split(/\s+/);
  const comparators: Comparator[] = [];
  for (const token of tokens) {
    const parsed = parseComparator(token);
    if (!parsed) return undefined;
    comparators.push(...parsed);
  }
  return comparators;
}

interface Partial {
  floor: SemVer;
  /** How many of major, minor, patch were given (x, X and * count as missing). */
  given: 0 | 1 | 2 | 3;
}

function parsePartial(text: string): Partial | undefined {
  const exact = parseVersion(text.replace(/^v/, ''));
  if (exact) return { floor: exact, given: 3 };
  const match = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/.exec(text);
  if (!match) return undefined;
  const parts = [match[1], match[2], match[3]];
  const given = parts.findIndex((p) => p === undefined || /^[xX*]$/.test(p));
  const count = (given === -1 ? 3 : given) as Partial['given'];
  const number = (i: number): number => (i < count ? Number(parts[i]) : 0);
  return {
    floor: { major: number(0), minor: number(1), patch: number(2), prerelease: [] },
    given: count,
  };
}

function upperBound(partial: Partial): Comparator {
  if (partial.given === 3) return (v) => compareVersions(v, partial.floor) <= 0;
  return lessThan(next(partial.floor, partial.given));
}

function next(floor: SemVer, given: number): SemVer {
  if (given === 0) return { major: Infinity, minor: 0, patch: 0, prerelease: [] };
  if (given === 1) return { major: floor.major + 1, minor: 0, patch: 0, prerelease: [] };
  return { major: floor.major, minor: floor.minor + 1, patch: 0, prerelease: [] };
}

function lessThan(bound: SemVer): Comparator {
  return (v) => compareVersions(v, bound) < 0;
}

function atLeast(bound: SemVer): Comparator {
  return (v) => compareVersions(v, bound) >= 0;
}

function parseComparator(token: string): Comparator[] | undefined {
  const match = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(token);
  if (!match) return undefined;
  const operator = match[1] ?? '=';
  const partial = parsePartial(match[2]!);
  if (!partial) return undefined;
  const { floor, given } = partial;
  switch (operator) {
    case '^': {
      // Up to the next change of the left-most non-zero part: ^1.2.3 <2.0.0, ^0.2.3 <0.3.0.
      const top =
        floor.major > 0 || given <= 1
          ? next(floor, Math.min(given, 1))
          : floor.minor > 0 || given === 2
            ? next(floor, 2)
            : { ...floor, patch: floor.patch + 1, prerelease: [] };
      return [atLeast(floor), lessThan(top)];
    }
    case '~':
      return [atLeast(floor), lessThan(next(floor, Math.min(Math.max(given, 1), 2)))];
    case '>=':
      return [atLeast(floor)];
    case '<':
      return [lessThan(floor)];
    case '>':
      return [given === 3 ? (v) => compareVersions(v, floor) > 0 : atLeast(next(floor, given))];
    case '<=':
      return [upperBound(partial)];
    default:
      return given === 3
        ? [(v) => compareVersions(v, floor) === 0]
        : [atLeast(floor), upperBound(partial)];
  }
}
