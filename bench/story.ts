import * as Y from 'yjs';
import { chromium } from 'playwright-core';
import { addCustomerCard, moveToStage } from '../src/shared/model/workspaceDoc';
import { putInteraction, setProfileField } from '../src/shared/model/customerDoc';
import { INTERACTION_KINDS, SENTIMENTS } from '../src/shared/model/schemas';
import { createNotebook } from '../src/shared/notebook/headless';
import { renderStoryHtml, storyHeaderFooter } from '../src/shared/story/storyHtml';
import { storyInputFromDocs } from '../src/shared/story/storyInput';
import { chromiumArgs, findChromium } from '../src/cli/chromium';
import { median, round } from './stats';

/**
 * Issue 5: a story with 200 interactions and a 300-block notebook. HTML render
 * (target <= 100 ms) and PDF with Chromium (target <= 1.5 s). Baseline in the
 * same run: Lexical's own HTML export path is not comparable (needs a DOM), so
 * the reference is the cost of reading the doc alone (the floor any renderer pays).
 */
export async function run(): Promise<Record<string, unknown>> {
  const workspace = new Y.Doc();
  addCustomerCard(workspace, 'c1', { name: 'Benchmark Customer', company: 'Bench Co', owner: 'Alex', createdAt: Date.UTC(2024, 0, 1) });
  moveToStage(workspace, 'c1', 'repeat', 'Alex', Date.UTC(2025, 0, 1));
  const customer = new Y.Doc();
  const blocks: string[] = [];
  for (let i = 0; i < 300; i++) blocks.push(i % 20 === 0 ? `## Section ${i / 20 + 1}` : i % 5 === 0 ? `- item ${i} with **bold** and [a link](https://example.com/${i})` : `Paragraph ${i}: notes about pricing, delivery and the next review.`);
  createNotebook(customer, blocks.join('\n\n'));
  setProfileField(customer, 'preferences', 'Email first');
  for (let i = 0; i < 200; i++) {
    const kind = INTERACTION_KINDS[i % INTERACTION_KINDS.length];
    putInteraction(customer, `i${i}`, { kind, at: Date.UTC(2025, 0, 1) + i * 86_400_000, summary: `Interaction ${i}: discussed the order`, sentiment: SENTIMENTS[i % 3], amount: kind === 'purchase' ? { minor: 10_000 * i, currency: 'EUR' } : null, author: 'Alex' });
  }
  const context = { now: Date.now(), timeZone: 'Europe/London' };

  const readMs: number[] = [];
  const htmlMs: number[] = [];
  let html = '';
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const input = storyInputFromDocs(workspace, customer, 'c1', context);
    const t1 = performance.now();
    html = renderStoryHtml(input);
    htmlMs.push(performance.now() - t0);
    readMs.push(t1 - t0);
  }

  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const pdfMs: number[] = [];
  let pages = 0;
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, ...storyHeaderFooter('Benchmark'), tagged: true, outline: true });
      pdfMs.push(performance.now() - t0);
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
  } finally {
    await browser.close();
  }
  return {
    interactions: 200,
    notebookBlocks: 300,
    htmlRenderMs: { median: round(median(htmlMs)), target: 100, ofWhichReadingDocsMs: round(median(readMs)) },
    pdfMs: { median: round(median(pdfMs.slice(1))), firstRun: round(pdfMs[0]), target: 1500, pages },
    htmlBytes: html.length,
  };
}
