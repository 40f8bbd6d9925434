import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, isPrerelease, parseVersion } from './version';

// The oracle: the semver package electron-updater itself compares versions with.
const fromUpdater = createRequire(createRequire(import.meta.url).resolve('electron-updater'));
const semver = fromUpdater('semver') as { valid(v: string): string | null; compare(a: string, b: string): number; prerelease(v: string): unknown[] | null };

const identifier = fc.oneof(fc.nat({ max: 30 }).map(String), fc.constantFrom('alpha', 'beta', 'rc', 'x-1', '0a', 'A', 'beta2'));
const versionText = fc
  .record({
    core: fc.tuple(fc.nat({ max: 4 }), fc.nat({ max: 4 }), fc.nat({ max: 4 })),
    pre: fc.array(identifier, { maxLength: 3 }),
    build: fc.option(fc.constantFrom('build.1', 'sha.abc', '001'), { nil: undefined }),
  })
  .map(({ core, pre, build }) => `${core.join('.')}${pre.length ? `-${pre.join('.')}` : ''}${build ? `+${build}` : ''}`);
const anyText = fc.oneof(versionText, fc.string({ maxLength: 12 }), versionText.map((v) => `v${v}`), versionText.map((v) => `${v} `));

describe('semver for the update policy', () => {
  it('accepts exactly the strings semver accepts as strict versions', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const strict = semver.valid(text) === text.replace(/\+.*$/, '') && !/^[v=\s]|\s$/.test(text);
        expect(parseVersion(text) !== null, text).toBe(strict);
      }),
      { numRuns: 2000 },
    );
  });

  it('orders versions as semver does, pre-releases included', () => {
    fc.assert(
      fc.property(versionText, versionText, (a, b) => {
        expect(compareVersions(parseVersion(a)!, parseVersion(b)!), `${a} vs ${b}`).toBe(semver.compare(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('knows a pre-release when it sees one', () => {
    fc.assert(
      fc.property(versionText, (text) => {
        expect(isPrerelease(parseVersion(text)!)).toBe(semver.prerelease(text) !== null);
      }),
    );
  });

  it.each([
    ['1.0.0-alpha', '1.0.0-alpha.1'],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta'],
    ['1.0.0-alpha.beta', '1.0.0-beta'],
    ['1.0.0-beta.2', '1.0.0-beta.11'],
    ['1.0.0-rc.1', '1.0.0'],
    ['1.9.0', '1.10.0'],
  ])('%s < %s (the semver.org example order)', (lower, higher) => {
    expect(compareVersions(parseVersion(lower)!, parseVersion(higher)!)).toBe(-1);
    expect(compareVersions(parseVersion(higher)!, parseVersion(lower)!)).toBe(1);
  });

  it('ignores build metadata when ordering and refuses leading zeros', () => {
    expect(compareVersions(parseVersion('1.2.3+a')!, parseVersion('1.2.3+b')!)).toBe(0);
    expect(parseVersion('01.2.3')).toBeNull();
    expect(parseVersion('1.2.3-01')).toBeNull();
  });
});
