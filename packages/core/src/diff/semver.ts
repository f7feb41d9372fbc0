/** A parsed semantic version (semver.org 2.0.0, without build metadata, as definitions allow). */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parseVersion(text: string): SemVer | undefined {
  const match = VERSION.exec(text);
  if (!match) return undefined;
  const prerelease = match[4]
    ? match[4].split('.').map((id) => (/^(0|[1-9]\d*)$/.test(id) ? Number(id) : id))
    : [];
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease };
}

/** Semver precedence: negative when `a` comes first, 0 when equal, positive otherwise. */
export function compareVersions(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  // A pre-release comes before its release: 2.0.0-rc.1 < 2.0.0.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return Math.sign(b.prerelease.length - a.prerelease.length);
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return Math.sign(x - y);
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The smallest release that carries a bump of this size: 1.4.2 + minor = 1.5.0. */
export function bumpVersion(version: SemVer, bump: Bump): SemVer {
  switch (bump) {
    case 'major':
      return { major: version.major + 1, minor: 0, patch: 0, prerelease: [] };
    case 'minor':
      return { major: version.major, minor: version.minor + 1, patch: 0, prerelease: [] };
    case 'patch':
      return { ...version, patch: version.patch + 1, prerelease: [] };
    case 'none':
      return version;
  }
}

export function formatVersion(version: SemVer): string {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  return version.prerelease.length ? `${core}-${version.prerelease.join('.')}` : core;
}
