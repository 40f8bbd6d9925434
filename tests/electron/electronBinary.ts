import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/**
 * Finds the Electron binary the way the `electron` package does, but without
 * loading that package: since Electron 42, `require('electron')` downloads the
 * binary when it is missing, which fails offline (DESIGN.md section 8).
 * Answers the path, or why there is none.
 */
export function findElectronBinary(): { path: string; reason?: undefined } | { path: undefined; reason: string } {
  const override = process.env.RAPPORT_ELECTRON;
  if (override) return existsSync(override) ? { path: override } : { path: undefined, reason: `RAPPORT_ELECTRON=${override} does not exist` };

  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: undefined, reason: 'the electron package is not installed (npm ci)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      path: undefined,
      reason: `the Electron binary is not on this machine (${pathFile} missing: \`npm install\` fetches it, which fails offline). Run \`npm run install-electron\` with internet (or ELECTRON_MIRROR set), or set RAPPORT_ELECTRON to an Electron executable.`,
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? { path: binary } : { path: undefined, reason: `the Electron binary ${binary} is missing` };
}
