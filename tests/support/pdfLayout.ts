import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Text positions in a PDF, read with poppler's `pdftotext -bbox-layout`: every
 * word with its box in points (origin top left), grouped in lines and pages.
 * The story's layout tests read the printed PDF itself with it.
 */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLine {
  words: PdfWord[];
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
  words: PdfWord[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENTITIES[m]);
const box = (attrs: string) => {
  const n = (name: string) => Number(new RegExp(`${name}="([\\d.-]+)"`).exec(attrs)![1]);
  return { xMin: n('xMin'), yMin: n('yMin'), xMax: n('xMax'), yMax: n('yMax') };
};

export function pdfLayout(pdf: Uint8Array): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pdf-'));
  const path = join(dir, 'story.pdf');
  writeFileSync(path, pdf);
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const [, pageAttrs, pageBody] of xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const width = Number(/width="([\d.]+)"/.exec(pageAttrs)![1]);
    const height = Number(/height="([\d.]+)"/.exec(pageAttrs)![1]);
    const words = [...pageBody.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, attrs, text]) => ({ text: unescape(text), ...box(attrs) }));
    pages.push({ number: pages.length + 1, width, height, words, lines: visualLines(words) });
  }
  return pages;
}

/**
 * Lines as the eye reads them: words whose vertical middles are within 2 pt,
 * left to right. (pdftotext's own lines follow its text flows, which split a
 * table row into one flow per column on some pages and not on others.)
 */
function visualLines(words: readonly PdfWord[]): PdfLine[] {
  const sorted = [...words].sort((a, b) => a.yMin + a.yMax - (b.yMin + b.yMax) || a.xMin - b.xMin);
  const lines: PdfWord[][] = [];
  for (const w of sorted) {
    const mid = (w.yMin + w.yMax) / 2;
    const last = lines[lines.length - 1];
    if (last && Math.abs((last[0].yMin + last[0].yMax) / 2 - mid) < 2) last.push(w);
    else lines.push([w]);
  }
  return lines.map((ws) => {
    ws.sort((a, b) => a.xMin - b.xMin);
    return {
      words: ws,
      text: ws.map((w) => w.text).join(' '),
      xMin: Math.min(...ws.map((w) => w.xMin)),
      yMin: Math.min(...ws.map((w) => w.yMin)),
      xMax: Math.max(...ws.map((w) => w.xMax)),
      yMax: Math.max(...ws.map((w) => w.yMax)),
    };
  });
}

export const MM = 72 / 25.4;

/** Two words whose boxes overlap: more than a sliver both ways (adjacent lines only touch). */
export function overlaps(a: PdfWord, b: PdfWord): boolean {
  const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return x > 0.5 && y > 0.3 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
}
