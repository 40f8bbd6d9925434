// Every icon the desktop installers and the web build need, rendered from icon.svg by
// libraries: sharp (libvips + librsvg) draws the SVG at each size, png2icons packs the
// Windows .ico and the macOS .icns. Run `npm run icons` after editing icon.svg and commit
// the outputs; tests/unit/icons.test.ts fails when a committed icon no longer matches.
//
// The web favicon stays a PNG, not the SVG: Chromium fetches the favicon again on every
// in-page navigation where it has no favicon cache (a fresh or private profile) and decodes
// it on the page's main thread; an SVG costs ~12 ms there (it builds a whole isolated SVG
// document), right when a customer page is opening, a PNG well under 1.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import png2icons from 'png2icons';

const here = dirname(fileURLToPath(import.meta.url));
export const repositoryRoot = resolve(here, '../..');
export const sourceSvg = join(here, 'icon.svg');

/** The sizes in resources/icons/png: electron-builder takes the folder as the Linux icon set. */
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The fraction of a maskable icon's side that the launcher never crops (a centred circle). */
export const maskableSafeZone = 0.8;

/** The fill of the SVG's first <rect>, the icon's rounded square, used behind a maskable icon. */
export function backgroundColour(svg) {
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{6})"/.exec(svg.toString('utf8'));
  if (!fill) throw new Error('icon.svg: no <rect fill="#rrggbb"> to take the background colour from');
  return fill[1].toLowerCase();
}

// Fixed encoder settings so the same SVG gives the same bytes on every run.
const encode = (image) => image.png({ compressionLevel: 9, adaptiveFiltering: false, palette: false }).toBuffer();

/** The SVG drawn at size x size (rendered at that density, not scaled from a bitmap). */
export function renderPng(svg, size) {
  const density = (72 * size) / 512;
  return encode(sharp(svg, { density }).resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }));
}

/**
 * A maskable icon: full bleed on the background colour. The artwork of icon.svg already sits
 * within the centred 80% circle, so it is drawn at full size and the transparent corners
 * around the rounded square are filled; the test checks nothing but background lies outside.
 */
async function renderMaskable(svg, size) {
  const artwork = await renderPng(svg, size);
  return encode(sharp(artwork).flatten({ background: backgroundColour(svg) }));
}

/** Every output, keyed by its path from the repository root. */
export async function renderIcons(svg = readFileSync(sourceSvg)) {
  const outputs = new Map();
  for (const size of pngSizes) outputs.set(`resources/icons/png/${size}x${size}.png`, await renderPng(svg, size));
  outputs.set('resources/icons/icon.png', outputs.get('resources/icons/png/512x512.png'));

  // png2icons scales one large PNG down to every size of the container.
  const master = outputs.get('resources/icons/png/1024x1024.png');
  // forWinExe: PNG entries from 64 px up, BMP below, as Windows' file dialogs expect.
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not build icon.ico / icon.icns');
  outputs.set('resources/icons/icon.ico', ico);
  outputs.set('resources/icons/icon.icns', icns);

  outputs.set('src/renderer/public/favicon.png', await renderPng(svg, 64));
  outputs.set('src/renderer/public/icons/pwa-192.png', await renderPng(svg, 192));
  outputs.set('src/renderer/public/icons/pwa-512.png', await renderPng(svg, 512));
  outputs.set('src/renderer/public/icons/maskable-512.png', await renderMaskable(svg, 512));
  return outputs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, bytes] of await renderIcons()) {
    const target = join(repositoryRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    console.log(`${path} (${bytes.length} bytes)`);
  }
}
