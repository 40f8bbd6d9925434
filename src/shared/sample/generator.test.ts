import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateSampleWorkspace, SampleBuilder, DEFAULT_SAMPLE_NOW } from './generator';
import { UniqueNames } from './names';
import { Random } from './random';
import { createSampleNotebook, sampleNoteMarkdown, type SampleNote } from './notebook';
import { readAllCards, type CustomerCard } from '../model/workspaceDoc';
import { readFollowUps, readInteractions, readProfile } from '../model/customerDoc';
import type { FollowUp, Interaction } from '../model/schemas';
import { createNotebook, readNotebookMarkdown, readNotebookText } from '../notebook/headless';
import { atRiskHighValue, boardData, calendarFor, sentimentOverTime, stageCounts, summarizeWorkspace, todayData, valueByTier, type CustomerSummary } from '../insights';
import { STAGES, type Stage } from '../stages';

/**
 * Property-style checks of the sample workspace: every property must hold for
 * every customer of several workspaces (seeds, sizes, "now"s and time zones),
 * read back through the same model and insight functions the app uses.
 */

interface Generated {
  zone: string;
  now: number;
  cards: CustomerCard[];
  interactions: Map<string, Interaction[]>;
  followUps: Map<string, FollowUp[]>;
  summaries: Map<string, CustomerSummary>;
  today: string;
}

function generate(seed: number, customers: number, zone: string, now: number): Generated {
  const sample = generateSampleWorkspace({ customers, seed, now, timeZone: zone });
  const cards = readAllCards(sample.workspace);
  const interactions = new Map<string, Interaction[]>();
  const followUps = new Map<string, FollowUp[]>();
  for (const card of cards) {
    const doc = sample.customers.get(card.id)!;
    interactions.set(card.id, readInteractions(doc, zone).items);
    followUps.set(card.id, readFollowUps(doc).items);
  }
  const { byId, today } = summarizeWorkspace(
    cards.map((card) => ({ card, interactions: interactions.get(card.id)!, followUps: followUps.get(card.id)! })),
    { now, timeZone: zone, currency: 'EUR' },
  );
  return { zone, now, cards, interactions, followUps, summaries: byId, today };
}

// Several workspaces: seeds, sizes, a "now" on a Sunday and one on a Wednesday morning, three zones.
const RUNS: [seed: number, customers: number, zone: string, now: number][] = [
  [42, 200, 'Europe/London', DEFAULT_SAMPLE_NOW],
  [7, 120, 'America/New_York', Date.UTC(2026, 2, 11, 14, 5)],
  [1234, 150, 'Asia/Tokyo', Date.UTC(2025, 6, 16, 1, 30)],
  [99, 40, 'Europe/Berlin', Date.UTC(2026, 9, 28, 8)],
];
const workspaces = RUNS.map(([seed, customers, zone, now]) => ({ label: `seed ${seed}, ${customers} customers, ${zone}`, data: generate(seed, customers, zone, now) }));

const purchases = (g: Generated, id: string) => g.interactions.get(id)!.filter((i) => i.kind === 'purchase');
const daysAgo = (g: Generated, at: number) => {
  const calendar = calendarFor(g.zone);
  return calendar.dayOf(g.now) - calendar.dayOf(at);
};
const ofStage = (g: Generated, ...stages: Stage[]) => g.cards.filter((c) => stages.includes(c.stage));
const SCORE = { positive: 1, neutral: 0, negative: -1 } as const;
const meanSentiment = (items: Interaction[]) => items.reduce((n, i) => n + SCORE[i.sentiment], 0) / items.length;

describe.each(workspaces)('sample workspace ($label)', ({ data: g }) => {
  it('has every stage, and purchases that agree with each stage', () => {
    expect(new Set(g.cards.map((c) => c.stage))).toEqual(new Set(STAGES));
    for (const card of g.cards) {
      const bought = purchases(g, card.id);
      const last = bought.length ? Math.max(...bought.map((p) => p.at)) : null;
      const context = `${card.name} (${card.stage}, ${bought.length} purchases)`;
      switch (card.stage) {
        case 'prospect':
          expect(bought, context).toHaveLength(0);
          break;
        case 'first_purchase':
          expect(bought, context).toHaveLength(1);
          break;
        case 'repeat':
          expect(bought.length, context).toBeGreaterThanOrEqual(2);
          expect(bought.length, context).toBeLessThanOrEqual(4);
          break;
        case 'loyalist':
        case 'advocate':
          expect(bought.length, context).toBeGreaterThanOrEqual(5);
          expect(daysAgo(g, last!), context).toBeLessThanOrEqual(45);
          break;
        case 'at_risk':
          expect(bought.length, context).toBeGreaterThanOrEqual(1);
          expect(daysAgo(g, last!), context).toBeGreaterThanOrEqual(120);
          break;
        case 'lost':
          expect(bought.length, context).toBeGreaterThanOrEqual(1);
          expect(daysAgo(g, last!), context).toBeGreaterThanOrEqual(180);
          break;
      }
    }
    // The board's Prospect column holds no value.
    const prospects = boardData(g.cards, g.summaries).find((c) => c.stage === 'prospect')!;
    expect(prospects.count).toBeGreaterThan(0);
    expect(prospects.totalValue).toBe(0);
  });

  it('moves customers along the path when their purchases say so, in order, after creation and before now', () => {
    for (const card of g.cards) {
      const history = card.stageHistory;
      const bought = purchases(g, card.id).sort((a, b) => a.at - b.at);
      expect(history[0].stage).toBe('prospect');
      expect(history[0].at).toBe(card.createdAt);
      for (let k = 1; k < history.length; k++) expect(history[k].at).toBeGreaterThan(history[k - 1].at);
      expect(history[history.length - 1].at).toBeLessThanOrEqual(g.now);
      const calendar = calendarFor(g.zone);
      const entered = (stage: Stage) => history.find((h) => h.stage === stage);
      if (bought.length > 0) expect(calendar.dateOf(entered('first_purchase')!.at), card.name).toBe(calendar.dateOf(bought[0].at));
      if (bought.length > 1) expect(calendar.dateOf(entered('repeat')!.at), card.name).toBe(calendar.dateOf(bought[1].at));
      for (const i of g.interactions.get(card.id)!) {
        expect(i.at).toBeGreaterThan(card.createdAt);
        expect(i.at).toBeLessThan(g.now);
      }
    }
  });

  it('keeps Lost customers unhealthy and silent for a long time, and most loyal ones healthy', () => {
    for (const card of ofStage(g, 'lost')) {
      const s = g.summaries.get(card.id)!;
      expect(s.health.level, card.name).not.toBe('green');
      expect(s.daysSinceTouch, card.name).toBeGreaterThanOrEqual(180);
      expect(g.followUps.get(card.id)!.filter((f) => !f.done), card.name).toHaveLength(0);
    }
    for (const card of ofStage(g, 'at_risk')) expect(g.summaries.get(card.id)!.health.level, card.name).not.toBe('green');
    const loyal = ofStage(g, 'loyalist', 'advocate');
    const green = loyal.filter((c) => g.summaries.get(c.id)!.health.level === 'green');
    expect(green.length / loyal.length).toBeGreaterThanOrEqual(0.6);
  });

  it('has sentiment that follows the relationship', () => {
    const all = (...stages: Stage[]) => ofStage(g, ...stages).flatMap((c) => g.interactions.get(c.id)!);
    const latest = (c: CustomerCard) => g.interactions.get(c.id)![0];
    const loyal = all('loyalist', 'advocate');
    const drifting = all('at_risk', 'lost');
    expect(meanSentiment(loyal)).toBeGreaterThan(0.4);
    expect(meanSentiment(loyal)).toBeGreaterThan(meanSentiment(all('prospect', 'first_purchase', 'repeat')));
    expect(meanSentiment(all('prospect', 'first_purchase', 'repeat'))).toBeGreaterThan(meanSentiment(drifting));
    expect(loyal.filter((i) => i.sentiment === 'negative').length / loyal.length).toBeLessThan(0.1);
    for (const card of ofStage(g, 'loyalist', 'advocate')) expect(latest(card).sentiment, card.name).toBe('positive');
    for (const card of ofStage(g, 'at_risk', 'lost')) expect(latest(card).sentiment, card.name).toBe('negative');
    // Since their last purchase, customers drifting away have mostly been unhappy.
    const sinceLastPurchase = ofStage(g, 'at_risk', 'lost').flatMap((c) => {
      const last = Math.max(...purchases(g, c.id).map((p) => p.at));
      return g.interactions.get(c.id)!.filter((i) => i.at > last);
    });
    expect(sinceLastPurchase.filter((i) => i.sentiment === 'negative').length / sinceLastPurchase.length).toBeGreaterThan(0.6);
    // What an interaction says matches its sentiment: no "Unhappy with the last delivery delay" marked positive.
    for (const i of [...g.interactions.values()].flat()) {
      if (i.sentiment === 'positive') expect(i.summary).not.toMatch(/unhappy|complain|frustrat|disput|annoy|competitor|outage/i);
    }
  });

  it('logs interactions on working days, in working hours of its zone', () => {
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: g.zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const weekend = new Set(['Sat', 'Sun']);
    let timed = 0;
    for (const i of [...g.interactions.values()].flat()) {
      if (i.when.kind === 'date') {
        const weekday = new Date(`${i.when.date}T12:00:00Z`).getUTCDay();
        expect(weekday === 0 || weekday === 6, `${i.when.date} is a weekend`).toBe(false);
        continue;
      }
      timed++;
      const parts = Object.fromEntries(local.formatToParts(i.at).map((p) => [p.type, p.value]));
      expect(weekend.has(parts.weekday), `${parts.weekday} ${parts.hour}:${parts.minute}`).toBe(false);
      const minutes = Number(parts.hour) * 60 + Number(parts.minute);
      expect(minutes, `${parts.weekday} ${parts.hour}:${parts.minute}`).toBeGreaterThanOrEqual(8 * 60);
      expect(minutes, `${parts.weekday} ${parts.hour}:${parts.minute}`).toBeLessThan(18 * 60);
    }
    expect(timed).toBeGreaterThan(0);
    for (const f of [...g.followUps.values()].flat()) {
      const weekday = new Date(`${f.due}T12:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6, `follow-up due ${f.due}`).toBe(false);
    }
  });

  it('gives every customer a unique name and a unique email', () => {
    expect(new Set(g.cards.map((c) => c.name.toLowerCase())).size).toBe(g.cards.length);
    expect(g.cards.every((c) => c.invalid.length === 0)).toBe(true);
  });

  it('has something in every view: Today, Losing touch, the board, Insights', () => {
    const today = todayData(g.cards, g.followUps, g.summaries, { today: g.today });
    expect(today.followUps.length).toBeGreaterThan(0);
    expect(today.losingTouch.length).toBeGreaterThan(0);
    expect(stageCounts(g.cards, g.summaries).every((s) => s.count > 0)).toBe(true);
    const tiers = valueByTier(g.cards, g.summaries);
    expect(tiers.every((t) => t.customers > 0)).toBe(true);
    expect(tiers[0].totalValue).toBeGreaterThan(tiers[2].totalValue);
    const months = sentimentOverTime([...g.interactions.values()].flat(), { bucket: 'month', timeZone: g.zone });
    expect(months.length).toBeGreaterThan(6);
    expect(months.slice(-6).every((m) => m.total > 0)).toBe(true);
    expect(atRiskHighValue(g.cards, g.summaries).length).toBeGreaterThan(0);
    // The board flags some idle cards, not all.
    const idle = boardData(g.cards, g.summaries).reduce((n, c) => n + c.idleCount, 0);
    expect(idle).toBeGreaterThan(0);
    expect(idle).toBeLessThan(g.cards.length);
  });
});

describe('sample workspace generator', () => {
  it('is deterministic', () => {
    const a = generateSampleWorkspace({ customers: 8, seed: 7 });
    const b = generateSampleWorkspace({ customers: 8, seed: 7 });
    expect(readAllCards(a.workspace).map((c) => [c.id, c.name, c.stage])).toEqual(readAllCards(b.workspace).map((c) => [c.id, c.name, c.stage]));
    const id = [...a.customers.keys()][3];
    expect(readNotebookText(a.customers.get(id)!)).toBe(readNotebookText(b.customers.get(id)!));
    expect(readInteractions(a.customers.get(id)!, 'UTC').items).toEqual(readInteractions(b.customers.get(id)!, 'UTC').items);
  });

  it('makes valid customers with notes, profiles and interactions', () => {
    const sample = generateSampleWorkspace({ customers: 40 });
    const cards = readAllCards(sample.workspace);
    expect(cards).toHaveLength(40);
    expect(cards.every((c) => c.invalid.length === 0)).toBe(true);
    const emails = new Set<string>();
    for (const [, doc] of sample.customers) {
      const profile = readProfile(doc);
      expect(profile.invalid).toEqual([]);
      expect(profile.profile.emails.length).toBe(1);
      emails.add(profile.profile.emails[0]);
      expect(readInteractions(doc).invalid).toEqual([]);
      expect(readFollowUps(doc).invalid).toEqual([]);
    }
    expect(emails.size).toBe(40);
    const first = sample.customers.values().next().value as Y.Doc;
    expect(readNotebookText(first).length).toBeGreaterThan(100);
  });

  it('keeps the requested average of interactions per customer, roughly', () => {
    for (const per of [6, 20]) {
      const sample = generateSampleWorkspace({ customers: 100, interactionsPerCustomer: per });
      let total = 0;
      for (const doc of sample.customers.values()) total += readInteractions(doc, 'UTC').items.length;
      expect(total / 100).toBeGreaterThan(per * 0.8);
      expect(total / 100).toBeLessThan(per * 1.35);
    }
  });

  it('builds in chunks exactly what it builds in one go', () => {
    const whole = generateSampleWorkspace({ customers: 30, seed: 3 });
    const builder = new SampleBuilder({ customers: 30, seed: 3 });
    const chunks: [string, Y.Doc][] = [];
    while (!builder.done) chunks.push(...builder.next(7));
    expect(builder.generated).toBe(30);
    expect(readAllCards(builder.finish())).toEqual(readAllCards(whole.workspace));
    expect(chunks.map(([id, doc]) => [id, readInteractions(doc, 'UTC').items])).toEqual([...whole.customers].map(([id, doc]) => [id, readInteractions(doc, 'UTC').items]));
  });
});

describe('unique names', () => {
  it('never repeats a name, past every first × last combination', () => {
    const names = new UniqueNames(new Random(5));
    const taken = Array.from({ length: 25_000 }, () => names.take());
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken[0]).toMatch(/^\S+ \S+$/);
    expect(taken[24_999]).toMatch(/^\S+ [A-Z]\. \S+$/);
  });
});

describe('sample notebooks', () => {
  it('read exactly as the same Markdown written through Lexical', () => {
    const note: SampleNote = {
      company: 'Kestrel Outdoor Co.', first: 'Maya', topic: 'a merger rumour', reason: 'Price stability over three years.',
      preference: 'Email over phone. Invoices as PDF, net 30.', like: 'Football (Arsenal)', nextStep: 'Send renewal quote',
      done: 'Sent welcome pack', quote: '"Loves the new dashboard" — Maya', site: 'https://www.kestrel.example',
      extra: ['Meeting note 1: Maya mentioned an upcoming audit.', 'Meeting note 2: budget review planned.'],
    };
    const fast = new Y.Doc();
    createSampleNotebook(fast, note, 'test');
    const slow = new Y.Doc();
    createNotebook(slow, sampleNoteMarkdown(note));
    expect(readNotebookMarkdown(fast)).toBe(readNotebookMarkdown(slow));
    expect(readNotebookText(fast)).toBe(readNotebookText(slow));
    expect(readNotebookMarkdown(fast)).toContain('**a merger rumour**');
    expect(readNotebookMarkdown(fast)).toContain('- [x] Sent welcome pack');
  });

  it('fall back to Lexical when a value holds Markdown', () => {
    const doc = new Y.Doc();
    createSampleNotebook(doc, { company: 'A', first: 'B', topic: '*x*', reason: 'r', preference: 'p', like: 'l', nextStep: 'n', done: 'd', quote: 'q', site: 's', extra: [] }, 'test');
    expect(readNotebookText(doc)).toContain('x');
  });

  it('copies of one template are independent documents', () => {
    const base = { company: 'A', first: 'B', topic: 't', reason: 'r', preference: 'p', like: 'l', nextStep: 'n', done: 'd', quote: 'q', site: 's', extra: [] };
    const a = new Y.Doc();
    const b = new Y.Doc();
    createSampleNotebook(a, { ...base, company: 'Alpha' }, 'test');
    createSampleNotebook(b, { ...base, company: 'Beta' }, 'test');
    expect(readNotebookText(a)).toContain('Alpha');
    expect(readNotebookText(a)).not.toContain('Beta');
    expect(a.clientID).not.toBe(b.clientID);
  });
});
