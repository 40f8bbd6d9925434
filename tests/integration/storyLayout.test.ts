import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { renderStoryHtml, storyHeaderFooter } from '../../src/shared/story/storyHtml';
import { KIND_LABELS, MAIN_LOG_LIMIT, SENTIMENT_LABELS } from '../../src/shared/story/storyInteractions';
import type { StoryInput, StoryOptions } from '../../src/shared/story/storyTypes';
import { textWidth } from '../../src/shared/story/textWidth';
import { chromiumArgs, findChromium } from '../support/chromium';
import { busyCustomer, richCustomer } from '../support/storyFixtures';
import { MM, overlaps, pdfLayout, type PdfPage, type PdfWord } from '../support/pdfLayout';

/**
 * The printed story, checked from the PDF Chromium prints (text positions from
 * pdftotext -bbox-layout) and from the same document laid out for print:
 * nothing outside the margins, no text on top of other text, no word split
 * across lines (every printed word is a word of the document), the interaction
 * table's kinds, sentiments and amounts whole in their columns, no chart or
 * journey label clipped by its drawing, no running header on the first page.
 */
const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
const MARGIN = { top: 18 * MM, right: 16 * MM, bottom: 20 * MM, left: 16 * MM };
const TOLERANCE = 1;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});

interface SvgLayout {
  className: string;
  width: number;
  height: number;
  texts: { text: string; x: number; y: number; width: number; height: number; fontSize: number; bold: boolean }[];
}

interface Printed {
  pages: PdfPage[];
  svgs: SvgLayout[];
  /** Every word of the document as laid out (text of blocks, cells and SVG labels). */
  vocabulary: Set<string>;
}

async function print(input: StoryInput, options: StoryOptions & { pageSize: 'A4' | 'Letter' }): Promise<Printed> {
  const html = renderStoryHtml(input, options);
  const paper = PAPER[options.pageSize];
  // The print content box: the screen layout used for the DOM checks has the same width.
  const page = await browser.newPage({ viewport: { width: Math.floor(((paper.width - 32) / 25.4) * 96), height: 1200 } });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const dom = await page.evaluate(() => {
      const svgs = [...document.querySelectorAll('svg')].map((svg) => {
        const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
        const texts = [...svg.querySelectorAll('text')].map((t) => {
          const b = t.getBBox();
          return { text: t.textContent ?? '', x: b.x, y: b.y, width: b.width, height: b.height, fontSize: Number(t.getAttribute('font-size')), bold: t.hasAttribute('font-weight') };
        });
        return { className: svg.getAttribute('class') ?? '', width, height, texts };
      });
      return { svgs, text: document.body.innerText };
    });
    const pdf = await page.pdf({ format: options.pageSize, printBackground: true, displayHeaderFooter: true, ...storyHeaderFooter('ignored'), tagged: true, outline: true });
    const vocabulary = new Set([...dom.text.split(/\s+/), ...dom.svgs.flatMap((s) => s.texts.flatMap((t) => t.text.split(/\s+/)))].filter(Boolean));
    return { pages: pdfLayout(pdf), svgs: dom.svgs, vocabulary };
  } finally {
    await page.close();
  }
}

const inTop = (p: PdfPage, w: PdfWord) => w.yMax < MARGIN.top - TOLERANCE;
const inBottom = (p: PdfPage, w: PdfWord) => w.yMin > p.height - MARGIN.bottom + TOLERANCE;

/** Body text inside the margins; in the margins only the running header (not on page 1) and footer. */
function checkMargins(printed: Printed, header: { title: string; prepared: string; footer: string }): void {
  const total = printed.pages.length;
  for (const p of printed.pages) {
    for (const w of p.words) {
      expect([p.number, w.text, w.xMin >= MARGIN.left - TOLERANCE && w.xMax <= p.width - MARGIN.right + TOLERANCE], 'inside the side margins').toEqual([p.number, w.text, true]);
      expect([p.number, w.text, w.yMin >= 0 && w.yMax <= p.height], 'on the page').toEqual([p.number, w.text, true]);
    }
    const top = p.lines.filter((l) => l.words.every((w) => inTop(p, w))).map((l) => l.text);
    const bottom = p.lines.filter((l) => l.words.every((w) => inBottom(p, w))).map((l) => l.text);
    const straddling = p.words.filter((w) => !inTop(p, w) && !inBottom(p, w) && (w.yMin < MARGIN.top - TOLERANCE || w.yMax > p.height - MARGIN.bottom + TOLERANCE));
    expect(straddling, `page ${p.number}: words across a margin edge`).toEqual([]);
    expect(top, `page ${p.number}: header`).toEqual(p.number === 1 ? [] : [`${header.title} ${header.prepared}`]);
    expect(bottom, `page ${p.number}: footer`).toEqual([`${header.footer} Page ${p.number} of ${total}`]);
  }
}

function checkNoOverlaps(printed: Printed): void {
  for (const p of printed.pages) {
    const clashes: string[] = [];
    for (let i = 0; i < p.words.length; i++)
      for (let j = i + 1; j < p.words.length; j++) if (overlaps(p.words[i], p.words[j])) clashes.push(`${p.words[i].text} / ${p.words[j].text}`);
    expect(clashes, `page ${p.number}: words printed on top of each other`).toEqual([]);
  }
}

/** A word split across lines ("Purch" + "ase", "thank-" + "you") prints fragments that are no word of the document. */
function checkWholeWords(printed: Printed, extra: readonly string[]): void {
  const known = new Set([...printed.vocabulary, ...extra.flatMap((t) => t.split(/\s+/))]);
  // Numbered-list markers ("1.") are drawn by the list, not text of the document.
  const fragments = printed.pages.flatMap((p) => p.words.filter((w) => !known.has(w.text) && !/^\d+\.$/.test(w.text)).map((w) => `page ${p.number}: ${w.text}`));
  expect(fragments).toEqual([]);
}

/** The log's columns (storyCss: col.c-*), in points from the page's left edge. */
function logColumns(p: PdfPage) {
  const left = MARGIN.left;
  const right = p.width - MARGIN.right;
  const kind = left + 25 * MM;
  const summary = kind + 25 * MM;
  const amount = right - 25 * MM;
  const sentiment = amount - 19 * MM;
  return { when: [left, kind], kind: [kind, summary], summary: [summary, sentiment], sentiment: [sentiment, amount], amount: [amount, right] } as const;
}

/**
 * Every row of the interaction log on every page: each word inside its column,
 * the kind and the sentiment whole on one line, the amount a whole amount.
 * Returns how many rows were read (a kind broken in two is no row).
 */
function checkLogTable(printed: Printed): number {
  const kinds = new Set(Object.values(KIND_LABELS));
  const sentiments = new Set(Object.values(SENTIMENT_LABELS));
  let rows = 0;
  for (const p of printed.pages) {
    const columns = logColumns(p);
    const start = p.lines.findIndex((l) => l.text === 'When Kind Summary Sentiment Amount');
    if (start < 0) continue;
    // The table runs to the next section heading (a line far taller than the table's) or the footer.
    const after = p.lines.slice(start + 1);
    const end = after.findIndex((l) => l.yMax - l.yMin > 14 || inBottom(p, l.words[0]));
    for (const line of end < 0 ? after : after.slice(0, end)) {
      if (/^Q[1-4] \d{4}\b/.test(line.text)) continue;
      const cells: Record<string, string[]> = { when: [], kind: [], summary: [], sentiment: [], amount: [] };
      for (const w of line.words) {
        const [name, [, to]] = Object.entries(columns).find(([, [from, to]]) => w.xMin >= from - TOLERANCE && w.xMin < to)!;
        expect([p.number, name, w.text, w.xMax <= to + TOLERANCE], 'inside its column').toEqual([p.number, name, w.text, true]);
        cells[name].push(w.text);
      }
      if (cells.kind.length > 0) {
        rows++;
        expect([p.number, cells.kind.join(' '), kinds.has(cells.kind.join(' '))], 'a whole kind').toEqual([p.number, cells.kind.join(' '), true]);
        expect([p.number, cells.sentiment.join(' '), sentiments.has(cells.sentiment.join(' '))], 'a whole sentiment').toEqual([p.number, cells.sentiment.join(' '), true]);
      }
      for (const amount of cells.amount) expect([p.number, amount, /^-?(€[\d,]+\.\d\d|\$[\d,]+\.\d\d|[\d.]+,\d\d)$/.test(amount)], 'a whole amount').toEqual([p.number, amount, true]);
    }
  }
  return rows;
}

/** Every label of every chart and of the journey lies inside its drawing, and none covers another. */
function checkSvgLabels(printed: Printed): void {
  expect(printed.svgs.map((s) => s.className).sort()).toEqual(['chart-svg', 'chart-svg', 'chart-svg', 'journey-graphic']);
  for (const svg of printed.svgs) {
    for (const t of svg.texts) {
      const inside = t.x >= 0 && t.y >= 0 && t.x + t.width <= svg.width && t.y + t.height <= svg.height;
      expect([svg.className, t.text, inside], 'label inside its drawing').toEqual([svg.className, t.text, true]);
      // The layout placed the label from an estimate of its width: the estimate is never short.
      expect([t.text, textWidth(t.text, t.fontSize, t.bold) >= t.width], 'estimated width covers the printed one').toEqual([t.text, true]);
    }
    for (let i = 0; i < svg.texts.length; i++)
      for (let j = i + 1; j < svg.texts.length; j++) {
        const [a, b] = [svg.texts[i], svg.texts[j]];
        const clash = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
        expect([svg.className, a.text, b.text, clash], 'labels apart').toEqual([svg.className, a.text, b.text, false]);
      }
  }
}

const wordsOf = (printed: Printed) => printed.pages.flatMap((p) => p.words.map((w) => w.text));

describe('the printed story, read back from the PDF', () => {
  it('a rich customer as an account review on A4: margins, header, whole words, table columns, labels, charts with their data', async () => {
    const input = richCustomer('en-GB');
    const printed = await print(input, { template: 'accountReview', pageSize: 'A4' });
    const footer = 'Rapport · Account review';
    const header = { title: 'Margaret Hamilton-Okonkwo — account review', prepared: 'Prepared 22 Nov 2026', footer };
    checkMargins(printed, header);
    checkNoOverlaps(printed);
    checkWholeWords(printed, [header.title, header.prepared, footer, `Page of ${printed.pages.length}`, ...printed.pages.map((p) => String(p.number))]);
    checkSvgLabels(printed);
    // 40 rows in the section, all 60 in the appendix.
    expect(checkLogTable(printed)).toBe(MAIN_LOG_LIMIT + 60);
    const text = printed.pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');
    for (const heading of ['Summary', 'Top follow-ups', 'Figures', 'Value by quarter', 'Interaction cadence', 'Sentiment trend', 'The relationship so far', 'Interactions (60)', 'Appendix: Full interaction log (60)', 'Notebook'])
      expect(text).toContain(heading);
    // The charts' numbers are printed as tables too.
    expect(text).toContain('Q2 2026 €30,277.00');
    expect(text).toMatch(/Quarter Positive Neutral Negative/);
    // The summary tiles.
    for (const tile of ['Lifetime value', 'Last 12 months', 'Days since last touch', 'Interactions, last 90 days', 'Tier', 'Health', 'Next important date']) expect(text).toContain(tile);
    // Page 1 is the summary: the figures start on it, no empty cover.
    const first = printed.pages[0].lines.map((l) => l.text);
    expect(first).toContain('Margaret Hamilton-Okonkwo');
    expect(first).toContain('Figures');
    // The notebook follows on the same page as the end of the section before it (no forced break).
    const notebookPage = printed.pages.find((p) => p.lines.some((l) => l.text === 'Notebook'))!;
    const notebookLine = notebookPage.lines.findIndex((l) => l.text === 'Notebook');
    expect(notebookPage.lines.slice(0, notebookLine).filter((l) => !inTop(notebookPage, l.words[0])).length).toBeGreaterThan(0);
    // The journey: every stage with its days.
    for (const days of ['68 days', '227 days', '19 days']) expect(text).toContain(days);
    expect(wordsOf(printed).filter((w) => w === 'Purchase').length).toBeGreaterThanOrEqual(2 * 7);
  }, 120_000);

  it('a handover on Letter in en-US: contacts, follow-ups and preferences first, the same layout rules', async () => {
    const printed = await print(richCustomer('en-US'), { template: 'handover', pageSize: 'Letter' });
    const footer = 'Rapport · Handover';
    const header = { title: 'Margaret Hamilton-Okonkwo — handover', prepared: 'Prepared Nov 22, 2026', footer };
    checkMargins(printed, header);
    checkNoOverlaps(printed);
    checkWholeWords(printed, [header.title, header.prepared, footer, `Page of ${printed.pages.length}`, ...printed.pages.map((p) => String(p.number))]);
    expect(checkLogTable(printed)).toBe(MAIN_LOG_LIMIT + 60);
    const first = printed.pages[0].lines.map((l) => l.text).join('\n');
    expect(first).toContain('Handover');
    expect(first).toContain('Contacts');
    expect(first).toContain('margaret@apollo.example, office@apollo.example');
    expect(first).toContain('Open follow-ups');
    const text = printed.pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');
    expect(text).toContain('Key dates');
    expect(text).not.toContain('Figures');
    expect(printed.svgs.map((s) => s.className)).toEqual(['journey-graphic']);
  }, 120_000);

  it('200 interactions and a 300-block notebook: the latest 40 in the section, all 200 in the appendix, same rules', async () => {
    const printed = await print(busyCustomer(), { template: 'accountReview', pageSize: 'A4' });
    const footer = 'Rapport · Account review';
    const header = { title: 'Benchmark Customer — account review', prepared: 'Prepared 22 Nov 2026', footer };
    checkMargins(printed, header);
    checkNoOverlaps(printed);
    checkWholeWords(printed, [header.title, header.prepared, footer, `Page of ${printed.pages.length}`, ...printed.pages.map((p) => String(p.number))]);
    checkSvgLabels(printed);
    expect(checkLogTable(printed)).toBe(MAIN_LOG_LIMIT + 200);
    const words = wordsOf(printed);
    // Every interaction's summary is printed: "Interaction 17: discussed the order".
    const numbered = words.filter((w, i) => words[i - 1] === 'Interaction' && /^\d+:$/.test(w));
    expect(numbered.length).toBe(MAIN_LOG_LIMIT + 200);
    expect(new Set(numbered).size).toBe(200);
    expect(words.join(' ')).toContain('Appendix: Full interaction log (200)');
  }, 120_000);
});
