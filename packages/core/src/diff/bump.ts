import { bumpVersion, compareVersions, parseVersion, type Bump } from './semver.js';
import type { DefinitionChange } from './types.js';

const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** The version bump a set of changes needs: the largest of theirs, `none` for no changes. */
export function requiredBump(changes: readonly Pick<DefinitionChange, 'bump'>[]): Bump {
  return changes.reduce<Bump>(
    (largest, change) =>
      ORDER.indexOf(change.bump) > ORDER.indexOf(largest) ? change.bump : largest,
    'none',
  );
}

/**
 * Whether `newVersion` is high enough for the changes since `oldVersion`: at least the next major
 * for breaking changes (1.4.2 → 2.0.0), the next minor for additions (→ 1.5.0), the next patch for
 * text (→ 1.4.3), and not lower for none. Pre-releases sort before their release, so 2.0.0-rc.1
 * does not carry a breaking change of 1.4.2. Versions that cannot be read are never sufficient.
 */
export function isVersionSufficient(
  oldVersion: string,
  newVersion: string,
  changes: readonly Pick<DefinitionChange, 'bump'>[],
): boolean {
  const before = parseVersion(oldVersion);
  const after = parseVersion(newVersion);
  if (!before || !after) return false;
  return compareVersions(after, bumpVersion(before, requiredBump(changes))) >= 0;
}
