// Renders icon.svg's shapes to icon.png (512x512, the desktop app's icon) and to the web
// build's favicon (64x64) with no dependencies: coverage by 4x4 supersampling, PNG encoded
// with node:zlib. The favicon is a PNG, not the SVG, because Chromium fetches the favicon
// again on every in-page navigation where it has no favicon cache (a fresh or private
// profile) and decodes it on the page's main thread: an SVG costs ~12 ms there (it builds a
// whole isolated SVG document), right when a customer page is opening; a PNG well under 1.
// Run: node resources/icons/render-png.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { stdout } from 'node:process';

const SAMPLES = 4;

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
const insideRoundRect = (x, y, left, top, size, radius) => {
  const dx = Math.max(left + radius - x, 0, x - (left + size - radius));
  const dy = Math.max(top + radius - y, 0, y - (top + size - radius));
  return x >= left && x <= left + size && y >= top && y <= top + size && dx * dx + dy * dy <= radius * radius;
};
const insideCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// Painted in order, like the SVG: [test, colour, opacity].
const layers = [
  [(x, y) => insideRoundRect(x, y, 32, 32, 448, 100), hex('#1f4e46'), 1],
  [(x, y) => insideCircle(x, y, 206, 236, 112), hex('#8fd3c1'), 1],
  [(x, y) => insideCircle(x, y, 306, 276, 112), hex('#f2b880'), 0.9],
  [(x, y) => insideCircle(x, y, 256, 256, 34), hex('#fffaf2'), 1],
];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** The icon as a SIZE x SIZE PNG (the shapes are drawn in a 512 box). */
const render = (SIZE) => {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) * 512) / SIZE;
          const y = ((py + (sy + 0.5) / SAMPLES) * 512) / SIZE;
          let colour = [0, 0, 0];
          let alpha = 0;
          for (const [inside, rgb, opacity] of layers) {
            if (!inside(x, y)) continue;
            colour = colour.map((c, i) => (rgb[i] * opacity + c * alpha * (1 - opacity)) / (opacity + alpha * (1 - opacity)));
            alpha = opacity + alpha * (1 - opacity);
          }
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const n = SAMPLES * SAMPLES;
      const offset = 1 + px * 4;
      row[offset] = a ? Math.round(r / a) : 0;
      row[offset + 1] = a ? Math.round(g / a) : 0;
      row[offset + 2] = a ? Math.round(b / a) : 0;
      row[offset + 3] = Math.round((a / n) * 255);
    }
    rows.push(row);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

for (const [size, path] of [
  [512, './icon.png'],
  [64, '../../src/renderer/public/favicon.png'],
]) {
  const png = render(size);
  writeFileSync(fileURLToPath(import.meta.resolve(path)), png);
  stdout.write(`${path}: ${png.length} bytes\n`);
}
