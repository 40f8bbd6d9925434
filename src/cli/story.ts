import { readFile, writeFile } from 'node:fs/promises';
import * as Y from 'yjs';
import { chromium } from 'playwright-core';
import { BackupError, readBackup } from '../shared/backup/backupFormat';
import { customerDocName, WORKSPACE_DOC } from '../shared/model/docIds';
import { readAllCards } from '../shared/model/workspaceDoc';
import { readFollowUps, readInteractions } from '../shared/model/customerDoc';
import { readWorkspaceFormat } from '../shared/model/workspaceFormat';
import { summarizeWorkspace, type CustomerInput } from '../shared/insights/summary';
import { renderStoryHtml, storyHeaderFooter } from '../shared/story/storyHtml';
import { storyInputFromDocs } from '../shared/story/storyInput';
import { chromiumArgs, findChromium } from './chromium';

const USAGE = 'Usage: npm run story -- <backup file> <customer name or id> <out.pdf> [--letter] [--handover]';

class UsageError extends Error {}

/**
 * Prints a customer's story from a backup file to PDF with Chromium: the same
 * HTML the app prints, for scripts and tests. Exit code 2 on bad input.
 */
async function main(argv: string[]): Promise<void> {
  const letter = argv.includes('--letter');
  // An account review unless a handover is asked for (the app's two templates).
  const template = argv.includes('--handover') ? 'handover' : 'accountReview';
  const [backupPath, who, outPath] = argv.filter((a) => !a.startsWith('--'));
  if (!backupPath || !who || !outPath) throw new UsageError(USAGE);
  let file: Uint8Array;
  try {
    file = await readFile(backupPath);
  } catch {
    throw new UsageError(`Cannot read the backup file ${backupPath}.`);
  }
  // A damaged document elsewhere in the file does not stop the story of an intact customer: it is reported.
  const { docs, damaged } = readBackup(file, { salvage: true });
  const unreadable = new Map(damaged.map((d) => [d.name, d.reason]));
  const workspace = new Y.Doc();
  const workspaceUpdate = docs.get(WORKSPACE_DOC);
  if (unreadable.has(WORKSPACE_DOC)) throw new UsageError(`The backup's workspace directory cannot be read: ${unreadable.get(WORKSPACE_DOC)}.`);
  if (!workspaceUpdate) throw new UsageError('The backup has no workspace directory.');
  try {
    Y.applyUpdate(workspace, workspaceUpdate);
  } catch (error) {
    throw new UsageError(`The backup's workspace directory cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const cards = readAllCards(workspace);
  // An exact id wins; otherwise the name, ignoring case and spacing.
  const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  const byId = cards.filter((c) => c.id === who);
  const matches = byId.length > 0 ? byId : cards.filter((c) => fold(c.name) === fold(who));
  if (matches.length === 0) throw new UsageError(`No customer named or with id “${who}” in this backup.`);
  if (matches.length > 1) throw new UsageError(`Several customers are named “${who}”: use an id (${matches.map((c) => c.id).join(', ')}).`);
  const card = matches[0];

  // Tier and health are relative to the whole workspace: compute them over every customer.
  const customerDocs = new Map<string, Y.Doc>();
  const inputs: CustomerInput[] = [];
  for (const c of cards) {
    const name = customerDocName(c.id);
    const doc = new Y.Doc();
    const update = docs.get(name);
    try {
      if (update) Y.applyUpdate(doc, update);
    } catch (error) {
      unreadable.set(name, `it cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
    }
    if (unreadable.has(name)) {
      console.error(`Unreadable document ${name} (customer “${c.name}”, id ${c.id}) left out: ${unreadable.get(name)}. Tier and health are computed without it.`);
      continue;
    }
    customerDocs.set(c.id, doc);
    inputs.push({ card: c, interactions: readInteractions(doc).items, followUps: readFollowUps(doc).items });
  }
  for (const [name, reason] of unreadable) if (!customerDocs.has(name.slice(2)) && !cards.some((c) => customerDocName(c.id) === name)) console.error(`Unreadable document ${name} left out: ${reason}.`);
  if (!customerDocs.has(card.id)) throw new UsageError(`The document of “${card.name}” (${customerDocName(card.id)}) in this backup cannot be read: ${unreadable.get(customerDocName(card.id)) ?? 'it is missing'}.`);
  const now = Date.now();
  const timeZone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  // Lifetime values in the workspace currency, as the app computes them.
  const summaries = summarizeWorkspace(inputs, { now, timeZone, currency: readWorkspaceFormat(workspace).format.currency });
  const input = storyInputFromDocs(workspace, customerDocs.get(card.id)!, card.id, { now, timeZone, summary: summaries.byId.get(card.id) });
  const html = renderStoryHtml(input, { pageSize: letter ? 'Letter' : 'A4', template });

  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // Nothing leaves the page: the story is self-contained.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: letter ? 'Letter' : 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      // The story prints its own running header and footer (none on the first page) in its page margins.
      ...storyHeaderFooter(`${card.name} — customer story`),
      tagged: true,
      outline: true,
    });
    await writeFile(outPath, pdf);
    console.log(`Wrote ${outPath} (${Math.round(pdf.length / 1024)} KB)`);
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof BackupError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
