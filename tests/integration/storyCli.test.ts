import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as Y from 'yjs';
import { addCustomerCard, moveToStage } from '../../src/shared/model/workspaceDoc';
import { putInteraction, setProfileField } from '../../src/shared/model/customerDoc';
import { createNotebook } from '../../src/shared/notebook/headless';
import { createBackup } from '../../src/shared/backup/backupFormat';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const HOSTILE = '<script>alert("pwned")</script>';

function story(args: string[]) {
  return spawnSync(process.execPath, [TSX, 'src/cli/story.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

function backupFile(dir: string, options: { twin?: boolean; damagedOther?: 'bytes' | 'undecodable' } = {}): string {
  const workspace = new Y.Doc();
  addCustomerCard(workspace, 'c1', { name: 'Grace Hopper', company: 'Navy Labs', owner: 'Alex', createdAt: Date.UTC(2025, 0, 1) });
  // Another customer of the same name (no doc of its own: a card whose notebook never synced).
  if (options.twin) addCustomerCard(workspace, 'c2', { name: 'grace  hopper', company: 'Other Labs', owner: 'Sam', createdAt: Date.UTC(2025, 0, 2) });
  moveToStage(workspace, 'c1', 'loyalist', 'Alex', Date.UTC(2025, 5, 1));
  const customer = new Y.Doc();
  createNotebook(customer, `# Compiler roadmap\n\nShe asked about ${HOSTILE} in the notes.\n\n- [ ] send the manual`);
  setProfileField(customer, 'likes', 'Nanoseconds');
  putInteraction(customer, 'i1', { kind: 'meeting', at: Date.UTC(2026, 3, 2), summary: 'Reviewed the COBOL pilot', sentiment: 'positive', amount: null, author: 'Alex' });
  const docs: [string, Uint8Array][] = [['workspace', Y.encodeStateAsUpdate(workspace)], ['c:c1', Y.encodeStateAsUpdate(customer)]];
  if (options.damagedOther) {
    addCustomerCard(workspace, 'c3', { name: 'Broken Doc', company: 'X', owner: 'Alex', createdAt: Date.UTC(2025, 0, 3) });
    docs[0] = ['workspace', Y.encodeStateAsUpdate(workspace)];
    const other = new Y.Doc();
    createNotebook(other, 'Other notes');
    // A document that is not Yjs at all (a hostile or broken writer), or one whose bytes changed after the backup.
    docs.push(['c:c3', options.damagedOther === 'undecodable' ? new Uint8Array([255, 255, 255, 255, 255, 1, 2, 3]) : Y.encodeStateAsUpdate(other)]);
  }
  const file = createBackup({ workspaceId: 'w1', workspaceName: 'Test', appVersion: 'test', docs });
  if (options.damagedOther === 'bytes') file[file.length - 40] ^= 0xff;
  const path = join(dir, options.twin ? 'twins.rapport-backup' : options.damagedOther ? `damaged-${options.damagedOther}.rapport-backup` : 'test.rapport-backup');
  writeFileSync(path, file);
  return path;
}

describe('npm run story (Chromium prints the customer story)', () => {
  it('prints a tagged A4 PDF with the name, a notebook heading, an interaction and hostile text shown as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-story-'));
    const out = join(dir, 'grace.pdf');
    const result = story([backupFile(dir), 'Grace Hopper', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Grace Hopper');
    expect(text).toContain('Compiler roadmap');
    expect(text).toContain('Reviewed the COBOL pilot');
    expect(text).toContain('<script>alert("pwned")</script>');
    expect(text).toMatch(/Page 1 of \d+/);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    // The h1/h2 headings become the PDF's outline (bookmarks).
    expect(readFileSync(out).toString('latin1')).toContain('/Outlines');
    expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  }, 120_000);

  it('says clearly what is wrong with exit code 2: missing file, bad backup, unknown customer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-story-'));
    expect(story([join(dir, 'nope.rapport-backup'), 'x', join(dir, 'o.pdf')])).toMatchObject({ status: 2, stderr: expect.stringContaining('Cannot read') });
    const junk = join(dir, 'junk.rapport-backup');
    writeFileSync(junk, 'not a backup, not at all, definitely not a backup file');
    expect(story([junk, 'x', join(dir, 'o.pdf')])).toMatchObject({ status: 2, stderr: expect.stringContaining('not a Rapport backup') });
    expect(story([backupFile(dir), 'Nobody', join(dir, 'o.pdf')])).toMatchObject({ status: 2, stderr: expect.stringContaining('No customer') });
    expect(story([backupFile(dir, { twin: true }), 'Grace Hopper', join(dir, 'o.pdf')])).toMatchObject({ status: 2, stderr: expect.stringMatching(/Several customers.*c1, c2/) });
    expect(story([])).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage') });
    expect(existsSync(join(dir, 'o.pdf'))).toBe(false);
  }, 120_000);

  it('prints an intact customer when another document is damaged or undecodable, and names that document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-story-'));
    for (const kind of ['bytes', 'undecodable'] as const) {
      const out = join(dir, `${kind}.pdf`);
      const result = story([backupFile(dir, { damagedOther: kind }), 'Grace Hopper', out]);
      expect([kind, result.status]).toEqual([kind, 0]);
      expect(result.stderr).toMatch(/Unreadable document c:c3 \(customer “Broken Doc”, id c3\) left out: /);
      expect(result.stderr).toContain(kind === 'bytes' ? 'checksum does not match' : 'cannot be decoded');
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      // Asking for the damaged customer itself says why it cannot be printed.
      const broken = story([backupFile(dir, { damagedOther: kind }), 'Broken Doc', join(dir, 'broken.pdf')]);
      expect(broken).toMatchObject({ status: 2, stderr: expect.stringContaining('The document of “Broken Doc” (c:c3) in this backup cannot be read') });
    }
  }, 240_000);

  it('picks a customer by id among namesakes and prints Letter on request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-story-'));
    const out = join(dir, 'c2.pdf');
    const result = story([backupFile(dir, { twin: true }), 'c2', out, '--letter']);
    expect(result.status).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Other Labs');
    expect(text).not.toContain('Compiler roadmap');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  }, 120_000);
});
