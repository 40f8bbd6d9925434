/**
 * Semantic Versioning 2.0.0 (semver.org): parse and precedence, for the update policy. Kept to
 * what the policy needs; tests check it agrees with the `semver` package electron-updater uses.
 */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers ("beta.2" -> ['beta', 2]); empty for a release. */
  prerelease: (string | number)[];
}

// The regular expression semver.org publishes, without build metadata captured (it never orders).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

/** The version, or null when the text is not strict semver (no "v" prefix, no spaces). */
export function parseVersion(text: string): Version | null {
  const match = SEMVER.exec(text);
  if (!match) return null;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  const prerelease = match[4] ? match[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [];
  return { major, minor, patch, prerelease };
}

const compareIdentifiers = (a: string | number, b: string | number): number => {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  // Numeric identifiers always have lower precedence than alphanumeric ones.
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** Precedence: -1, 0 or 1. A pre-release sorts before its release (1.0.0-beta < 1.0.0). */
export function compareVersions(a: Version, b: Version): number {
  for (const key of ['major', 'minor', 'patch'] as const) if (a[key] !== b[key]) return Math.sign(a[key] - b[key]);
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return Math.sign(b.prerelease.length - a.prerelease.length);
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const order = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (order !== 0) return order;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}

export const isPrerelease = (version: Version): boolean => version.prerelease.length > 0;
