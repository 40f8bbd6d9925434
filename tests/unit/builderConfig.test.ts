import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import Ajv from 'ajv';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';
import type * as ConfigModule from 'app-builder-lib/out/util/config/config';
import type * as LinuxTargetModule from 'app-builder-lib/out/targets/LinuxTargetHelper';

/**
 * electron-builder.yml as electron-builder itself reads it (app-builder-lib's loader, offline),
 * checked against the JSON schema electron-builder ships, with the security-relevant values
 * pinned, and with electron-builder's own file filter and .desktop writer run on it. Building
 * the installers cannot run here: electron-builder downloads Electron and the NSIS/AppImage tools.
 */
const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as typeof ConfigModule;
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as typeof LinuxTargetModule;
type FileFilter = (file: string, stat: { isDirectory(): boolean }) => boolean;
/** Marked @internal, so absent from the package's types: the project-folder filter behind app.asar. */
const { getMainFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(appDir: string, destination: string, expand: (pattern: string) => string, platformOptions: unknown, packager: unknown, outDir: string, isElectronCompile: boolean): { createFilter(): FileFilter }[];
};
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as { $schema: string };

/** Ajv 8 in strict mode. The schema's one non-standard keyword, `typeof: "function"` (options a JS
 * config may pass as functions), is declared as an annotation: electron-builder's own validator
 * runs with strict off, where it means nothing either. No type coercion, unlike electron-builder's. */
function schemaValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string' });
  return ajv.compile(schema);
}

let config: Configuration;
let validate: ReturnType<typeof schemaValidator>;
beforeAll(async () => {
  config = await getConfig(root, null, null);
  validate = schemaValidator();
});

const errorsOf = (candidate: unknown) => (validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
type Draft = Record<string, Record<string, unknown> | unknown[]> & { electronFuses: Record<string, unknown>; nsis: Record<string, unknown> };
const withChange = (change: (copy: Draft) => void) => {
  const copy = structuredClone(config) as unknown as Draft;
  change(copy);
  return copy;
};

describe('electron-builder.yml against the schema electron-builder ships', () => {
  it('is a draft-07 schema, which Ajv 8 validates by default', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('was found and loaded by electron-builder (not package.json "build")', () => {
    expect(config.appId).toBe('app.rapport.desktop');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).build).toBeUndefined();
  });

  it('is valid', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it("passes electron-builder's own validation as well", async () => {
    await expect(validateConfiguration(config, { isEnabled: false } as never)).resolves.toBeUndefined();
  });

  it.each([
    ['a misspelt option', (c: Draft) => (c.electronFuse = c.electronFuses)],
    ['a fuse given as a string', (c: Draft) => (c.electronFuses.runAsNode = 'false')],
    ['an unknown fuse', (c: Draft) => (c.electronFuses.runAsNodeAlways = false)],
    ['a publish provider without its shape', (c: Draft) => (c.publish = { provider: 'generic', url: 42 })],
    ['an NSIS flag as a string', (c: Draft) => (c.nsis.oneClick = 'no')],
    ['a protocol without schemes', (c: Draft) => (c.protocols = [{ name: 'Rapport' }])],
  ])('rejects %s', (_name, change) => {
    expect(errorsOf(withChange(change)).length).toBeGreaterThan(0);
  });
});

describe('the security-relevant values', () => {
  it('flips every fuse the app relies on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs one asar, unpacks nothing, and never lets a platform turn asar off', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
    for (const platform of [config.linux, config.win, config.mac]) expect(platform?.asar ?? true).toBe(true);
  });

  it('packs only the build output, package.json and the run-time icon', () => {
    expect(config.files).toEqual([{ filter: ['out/**', '!out/**/*.map', 'package.json', 'resources/icons/icon.png'] }]);
    for (const platform of [config.linux, config.win, config.mac]) expect(platform?.files).toBeUndefined();
  });

  it('registers rapport:// on every platform', () => {
    expect(config.protocols).toEqual([{ name: 'Rapport', schemes: ['rapport'] }]);
  });

  it('publishes to a generic HTTPS feed, with stable releases on the beta channel too', () => {
    expect(config.publish).toMatchObject({ provider: 'generic' });
    expect(new URL((config.publish as { url: string }).url).protocol).toBe('https:');
    expect(config.generateUpdatesFilesForAllChannels).toBe(true);
  });

  it('installs per user on Windows and never deletes workspaces on uninstall', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, deleteAppDataOnUninstall: false });
  });

  it('builds AppImage and deb, NSIS, and dmg with the zip electron-updater needs on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, category: 'public.app-category.productivity' });
  });
});

describe('the icons it names', () => {
  it('are the generated files, in the format each platform takes', async () => {
    const ico = readFileSync(join(root, config.win!.icon!));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(readFileSync(join(root, config.mac!.icon!)).subarray(0, 4).toString('latin1')).toBe('icns');
    // Linux takes a folder of <size>x<size>.png files.
    const folder = join(root, config.linux!.icon!);
    const files = readdirSync(folder).filter((name) => /^\d+x\d+\.png$/.test(name));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const name of files) {
      const size = Number(name.split('x')[0]);
      expect(await sharp(join(folder, name)).metadata(), name).toMatchObject({ format: 'png', width: size, height: size });
    }
  });
});

describe("electron-builder's own packaging code on this config", () => {
  /** The filter electron-builder applies to the project folder when it builds app.asar. */
  const appFilter = () => {
    const packager = { info: { projectDir: root, buildResourcesDir: resolve(root, config.directories!.buildResources!), isPrepackedAppAsar: false, config, debugLogger: { isEnabled: false } } };
    const [matcher] = getMainFileMatchers(root, '/app', (pattern) => pattern, config.linux, packager, resolve(root, config.directories!.output!), false);
    return matcher.createFilter();
  };
  const fileStat = { isDirectory: () => false };
  const dirStat = { isDirectory: () => true };

  it('takes nothing from the repository but package.json, the icon and out/', () => {
    const filter = appFilter();
    const packed: string[] = [];
    // Walked as electron-builder walks: a folder the filter refuses is not entered.
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.name === 'node_modules' || entry.name === '.git') continue; // dependencies are copied by their own rules
        if (!filter(path, entry.isDirectory() ? dirStat : fileStat)) continue;
        if (entry.isDirectory()) walk(path);
        else packed.push(relative(root, path));
      }
    };
    walk(root);
    expect(packed.filter((path) => !path.startsWith('out/')).sort()).toEqual(['package.json', 'resources/icons/icon.png']);
  });

  it('takes the main, preload and renderer builds but not their source maps', () => {
    const filter = appFilter();
    for (const dir of ['out', 'out/main', 'out/renderer/assets']) expect(filter(join(root, dir), dirStat), dir).toBe(true);
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js']) expect(filter(join(root, file), fileStat), file).toBe(true);
    for (const file of ['out/main/index.js.map', 'src/main/electron/main.ts', 'resources/icons/icon.svg', 'electron-builder.yml', '.env']) expect(filter(join(root, file), fileStat), file).toBe(false);
  });

  it('writes a .desktop entry that opens rapport:// links (x-scheme-handler) with the link as argument', async () => {
    const metadata = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const packager = {
      config,
      platformSpecificBuildOptions: config.linux,
      fileAssociations: [],
      executableName: config.linux!.executableName,
      info: { metadata },
      appInfo: { productName: config.productName, sanitizedProductName: config.productName, description: metadata.description },
    };
    const entry = await new LinuxTargetHelper(packager as never).computeDesktopEntry(config.linux!);
    const lines = entry.split('\n');
    expect(lines).toContain('MimeType=x-scheme-handler/rapport;');
    expect(lines.find((line) => line.startsWith('Exec='))).toMatch(/ %U$/);
    // Electron's app_id (from desktopName) and the entry's window class agree, so windows group under it.
    expect(metadata.desktopName).toBe('rapport.desktop');
    expect(lines).toContain('StartupWMClass=rapport');
  });
});
