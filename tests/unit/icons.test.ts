import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { backgroundColour, maskableSafeZone, pngSizes, renderIcons, repositoryRoot, sourceSvg } from '../../resources/icons/generate.mjs';

/**
 * The committed icons (resources/icons/generate.mjs, `npm run icons`): each file is there in
 * its format and size, the .ico and .icns hold every size with the icon's pixels, the maskable
 * icon keeps its artwork in the safe zone, and rendering icon.svg again gives the same bytes,
 * so the committed icons never drift from the SVG.
 */
const committed = (path: string) => readFileSync(join(repositoryRoot, path));

const pngOutputs: [path: string, size: number][] = [
  ...pngSizes.map((size): [string, number] => [`resources/icons/png/${size}x${size}.png`, size]),
  ['resources/icons/icon.png', 512],
  ['src/renderer/public/favicon.png', 64],
  ['src/renderer/public/icons/pwa-192.png', 192],
  ['src/renderer/public/icons/pwa-512.png', 512],
  ['src/renderer/public/icons/maskable-512.png', 512],
];

/** The image at size x size over mid grey, so the colour of fully transparent pixels does not count. */
const onGrey = (png: Buffer, size: number) => sharp(png).flatten({ background: '#808080' }).resize(size, size).raw().toBuffer();

/** Mean absolute difference per channel (0..255) of two images seen at one size. */
async function meanDifference(a: Buffer, b: Buffer, size: number) {
  const [x, y] = await Promise.all([onGrey(a, size), onGrey(b, size)]);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs(x[i] - y[i]);
  return sum / x.length;
}

type Entry = { size: number; data: Buffer };

/** ICONDIR + ICONDIRENTRY records (a width byte of 0 means 256). */
function readIco(file: Buffer): Entry[] {
  expect(file.readUInt16LE(0)).toBe(0);
  expect(file.readUInt16LE(2)).toBe(1); // 1 = icon, 2 = cursor
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const width = file[at] || 256;
    expect(file[at + 1] || 256).toBe(width);
    const bytes = file.readUInt32LE(at + 8);
    const offset = file.readUInt32LE(at + 12);
    expect(offset + bytes).toBeLessThanOrEqual(file.length);
    return { size: width, data: file.subarray(offset, offset + bytes) };
  });
}

/** The PNG-carrying ICNS element types and the pixel size of each. */
const icnsPngTypes: Record<string, number> = { ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 };

function readIcns(file: Buffer): (Entry & { type: string })[] {
  expect(file.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(file.readUInt32BE(4)).toBe(file.length);
  const entries = [];
  for (let at = 8; at < file.length; ) {
    const type = file.subarray(at, at + 4).toString('latin1');
    const length = file.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    entries.push({ type, size: icnsPngTypes[type] ?? 0, data: file.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}

/** png2icons scales the 1024 px PNG down itself: its entries must still look like sharp's own render of that size. */
async function showsTheIcon(data: Buffer, size: number) {
  const reference = committed(pngSizes.includes(size) ? `resources/icons/png/${size}x${size}.png` : 'resources/icons/png/1024x1024.png');
  // Resampling differs most at the smallest sizes; another picture differs by tens.
  expect(await meanDifference(data, reference, size), `${size} px entry`).toBeLessThan(size < 128 ? 8 : 4);
}

const isPng = (data: Buffer) => data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('icons generated from icon.svg', () => {
  let regenerated: Map<string, Buffer>;
  beforeAll(async () => {
    regenerated = await renderIcons();
  });

  it.each(pngOutputs)('%s is a %i px PNG', async (path, size) => {
    expect(existsSync(join(repositoryRoot, path)), `${path} is missing: run npm run icons`).toBe(true);
    const meta = await sharp(committed(path)).metadata();
    // The maskable icon is opaque (full bleed); the others have transparent corners.
    const opaque = path.includes('maskable');
    expect(meta).toMatchObject({ format: 'png', width: size, height: size, channels: opaque ? 3 : 4, hasAlpha: !opaque });
  });

  it('icon.ico holds every Windows size, PNG from 64 px up, and each shows the icon', async () => {
    const entries = readIco(committed('resources/icons/icon.ico'));
    expect(entries.map((e) => e.size).sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 72, 96, 128, 256]);
    for (const { size, data } of entries) {
      if (size < 64) {
        expect(data.readUInt32LE(0), `${size} px entry is a BITMAPINFOHEADER`).toBe(40);
        expect(data.readInt32LE(4)).toBe(size);
        expect(data.readInt32LE(8)).toBe(size * 2); // colour rows + AND-mask rows
        continue;
      }
      expect(isPng(data), `${size} px entry is a PNG`).toBe(true);
      expect(await sharp(data).metadata()).toMatchObject({ width: size, height: size });
      await showsTheIcon(data, size);
    }
  });

  it('icon.icns holds the macOS sizes up to 1024 px (retina included), each showing the icon', async () => {
    const entries = readIcns(committed('resources/icons/icon.icns'));
    const types = entries.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14', 'is32', 's8mk', 'il32', 'l8mk']));
    for (const { type, size, data } of entries.filter((e) => e.size > 0)) {
      expect(isPng(data), `${type} is a PNG`).toBe(true);
      expect(await sharp(data).metadata(), type).toMatchObject({ width: size, height: size });
      await showsTheIcon(data, size);
    }
  });

  it('every PNG is the SVG drawn at its size, not another picture', async () => {
    // An independent render (librsvg at 2x density, scaled down), not the generator's code path.
    const reference = await sharp(readFileSync(sourceSvg), { density: 144 }).png().toBuffer();
    for (const [path, size] of pngOutputs.filter(([path]) => !path.includes('maskable'))) {
      expect(await meanDifference(committed(path), reference, size), path).toBeLessThan(size < 64 ? 8 : 4);
    }
  });

  it('the maskable icon is full bleed on the background colour, with the artwork inside the 80% circle', async () => {
    const { data, info } = await sharp(committed('src/renderer/public/icons/maskable-512.png')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const hex = backgroundColour(readFileSync(sourceSvg));
    const background = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const centre = info.width / 2;
    const safeRadius = (maskableSafeZone * info.width) / 2;
    let outside = 0;
    let artworkPixels = 0;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const at = (y * info.width + x) * 4;
        const pixel = [data[at], data[at + 1], data[at + 2], data[at + 3]];
        // The rounded square's anti-aliased edge, flattened on its own colour, may round by 1.
        const isBackground = pixel.every((v, i) => (i === 3 ? v === 255 : Math.abs(v - background[i]) <= 1));
        if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > safeRadius) {
          if (!isBackground) outside++;
        } else if (!isBackground) artworkPixels++;
      }
    }
    expect(outside, 'pixels outside the safe zone that are not plain background').toBe(0);
    expect(artworkPixels).toBeGreaterThan(info.width * info.height * 0.2);
  });

  it('regenerating from icon.svg gives the committed bytes (run npm run icons after editing the SVG)', () => {
    expect([...regenerated.keys()].sort()).toEqual([...pngOutputs.map(([path]) => path), 'resources/icons/icon.ico', 'resources/icons/icon.icns'].sort());
    for (const [path, bytes] of regenerated) expect(committed(path).equals(bytes), `${path} differs from icon.svg: run npm run icons`).toBe(true);
  });

  it('an edited SVG gives different icons, so the drift check above can fail', async () => {
    const edited = Buffer.from(readFileSync(sourceSvg, 'utf8').replace('fill="#fffaf2"', 'fill="#000000"'));
    const changed = await renderIcons(edited);
    for (const [path, bytes] of changed) expect(committed(path).equals(bytes), path).toBe(false);
  });
});
