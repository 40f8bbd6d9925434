import * as Y from 'yjs';
import { addCustomerCard, appendStageMoves, setCardField } from '../model/workspaceDoc';
import type { StageEntry } from '../model/schemas';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { minorDigits } from '../money/currency';
import { INTERACTION_KINDS, SENTIMENTS, type InteractionKind, type Sentiment } from '../model/schemas';
import { createNotebook } from '../notebook/headless';
import { PATH_STAGES, type Stage } from '../stages';
import { Random } from './random';
import * as V from './vocabulary';

export interface SampleOptions {
  customers: number;
  seed?: number;
  /** Average interactions per customer (the sample has about 6; benchmarks use 20). */
  interactionsPerCustomer?: number;
  /** Extra notebook paragraphs, to make large notebooks for benchmarks. */
  extraParagraphs?: number;
  /** "Now" for the generated history; fixed by default so output is deterministic. */
  now?: number;
  /** Currency of the generated purchases (default: euro). */
  currency?: string;
}

export interface SampleWorkspace {
  workspace: Y.Doc;
  /** Customer docs by customer id. */
  customers: Map<string, Y.Doc>;
}

const DAY = 86_400_000;
const ORIGIN = 'sample';

/** Weighted stages: most customers sit early on the path, a few drift away. */
const STAGE_WEIGHTS: [Stage, number][] = [
  ['prospect', 22], ['first_purchase', 20], ['repeat', 20], ['loyalist', 14], ['advocate', 8], ['at_risk', 10], ['lost', 6],
];

function pickStage(random: Random): Stage {
  let roll = random.next() * 100;
  for (const [stage, weight] of STAGE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return stage;
  }
  return 'prospect';
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function notebookMarkdown(random: Random, name: string, company: string, extraParagraphs: number): string {
  const first = name.split(' ')[0];
  const topic = random.pick(V.NOTE_TOPICS);
  const lines = [
    `# ${company}`,
    `${first} is our main contact. Last time we spoke about **${topic}**.`,
    '## What they care about',
    `- ${random.pick(V.REASONS)}`,
    `- ${random.pick(V.PREFERENCES)}`,
    `- Likes: ${random.pick(V.LIKES)}`,
    '## Next steps',
    `- [ ] ${random.pick(V.FOLLOW_UP_TEXTS)}`,
    `- [x] Sent welcome pack`,
    `> "${random.pick(V.INTERACTION_SUMMARIES.feedback)}" — ${first}`,
    `Company site: https://www.${company.split(' ')[0].toLowerCase()}.example`,
  ];
  for (let i = 0; i < extraParagraphs; i++) {
    lines.push(`Meeting note ${i + 1}: ${first} mentioned ${random.pick(V.NOTE_TOPICS)} and ${random.pick(V.INTERACTION_SUMMARIES.note).toLowerCase()}.`);
  }
  return lines.join('\n\n');
}

/**
 * Makes a realistic workspace, deterministically: the same options always give
 * the same customers, profiles, notes, interactions and follow-ups. The first-run
 * sample uses about 40 customers; benchmarks use 1,000 and 5,000.
 */
export function generateSampleWorkspace(options: SampleOptions): SampleWorkspace {
  const random = new Random(options.seed ?? 42);
  const now = options.now ?? Date.UTC(2026, 10, 1, 12);
  const perCustomer = options.interactionsPerCustomer ?? 6;
  const workspace = new Y.Doc();
  const customers = new Map<string, Y.Doc>();
  // Stage moves are appended in one go at the end: one packed struct instead of thousands.
  const moves: (StageEntry & { customerId: string })[] = [];

  for (let i = 0; i < options.customers; i++) {
    const name = `${random.pick(V.FIRST_NAMES)} ${random.pick(V.LAST_NAMES)}`;
    const company = `${random.pick(V.COMPANY_STEMS)} ${random.pick(V.COMPANY_KINDS)}`;
    const owner = random.pick(V.OWNERS);
    const id = `s${i.toString(36).padStart(4, '0')}${random.id().slice(0, 8)}`;
    const createdAt = now - random.int(30, 900) * DAY;
    const finalStage = pickStage(random);

    workspace.transact(() => {
      addCustomerCard(workspace, id, { name, company, owner, createdAt, tags: random.chance(0.5) ? [random.pick(V.TAGS)] : [] }, ORIGIN);
      // Walk the path up to the final stage so stage history looks lived-in; the
      // latest move is recent (1 to 120 days ago), earlier ones spaced before it.
      const target = PATH_STAGES.indexOf(finalStage as (typeof PATH_STAGES)[number]);
      const path: Stage[] = target >= 0 ? PATH_STAGES.slice(1, target + 1) : [...PATH_STAGES.slice(1, random.int(2, 4)), finalStage];
      let at = now - random.int(1, 120) * DAY;
      const times: number[] = [];
      for (let s = path.length - 1; s >= 0; s--) {
        times.unshift(Math.max(at, createdAt + (s + 1) * DAY));
        at -= random.int(5, 60) * DAY;
      }
      path.forEach((stage, s) => moves.push({ customerId: id, stage, at: times[s] + s, by: owner }));
      if (random.chance(0.4)) setCardField(workspace, id, 'cadenceDays', random.pick([14, 30, 60, 90]), ORIGIN);
    }, ORIGIN);

    const doc = new Y.Doc();
    createNotebook(doc, notebookMarkdown(random, name, company, options.extraParagraphs ?? 0), ORIGIN);
    doc.transact(() => {
      const handle = name.toLowerCase().replace(/[^a-z]+/g, '.');
      setProfileField(doc, 'emails', [`${handle}@${company.split(' ')[0].toLowerCase()}.example`], ORIGIN);
      setProfileField(doc, 'phones', [`+44 20 7${random.int(100, 999)} ${random.int(1000, 9999)}`], ORIGIN);
      setProfileField(doc, 'role', random.pick(V.ROLES), ORIGIN);
      setProfileField(doc, 'address', `${random.int(1, 200)} ${random.pick(V.COMPANY_STEMS)} Street, London`, ORIGIN);
      setProfileField(doc, 'habits', random.pick(V.HABITS), ORIGIN);
      setProfileField(doc, 'preferences', random.pick(V.PREFERENCES), ORIGIN);
      setProfileField(doc, 'likes', `${random.pick(V.LIKES)}, ${random.pick(V.LIKES)}`, ORIGIN);
      setProfileField(doc, 'dislikes', random.pick(V.DISLIKES), ORIGIN);
      setProfileField(doc, 'reasonsForBuying', random.pick(V.REASONS), ORIGIN);
      setProfileField(doc, 'importantDates', [{ label: 'Birthday', date: `1985-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}` }], ORIGIN);

      const count = Math.max(0, Math.round(perCustomer * (0.5 + random.next())));
      for (let k = 0; k < count; k++) {
        const kind: InteractionKind = random.chance(0.25) ? 'purchase' : random.pick(INTERACTION_KINDS);
        const sentiment: Sentiment = random.pick(SENTIMENTS);
        putInteraction(doc, `${id}-i${k}`, {
          kind,
          // Skewed towards recent months, as a live relationship is.
          at: now - Math.floor(random.next() ** 2 * (now - createdAt)),
          summary: random.pick(V.INTERACTION_SUMMARIES[kind]),
          sentiment,
          amount: kind === 'purchase' ? { minor: random.int(2, 400) * 50 * 10 ** minorDigits(options.currency ?? 'EUR'), currency: options.currency ?? 'EUR' } : null,
          author: owner,
        }, ORIGIN);
      }
      if (random.chance(0.6)) {
        putFollowUp(doc, `${id}-f0`, {
          due: isoDate(now + random.int(-10, 20) * DAY),
          text: random.pick(V.FOLLOW_UP_TEXTS),
          assignee: owner,
          done: false,
        }, ORIGIN);
      }
    }, ORIGIN);
    customers.set(id, doc);
  }
  appendStageMoves(workspace, moves, ORIGIN);
  return { workspace, customers };
}
