import * as Y from 'yjs';
import { addCustomerCard, appendStageMoves, setCardField } from '../model/workspaceDoc';
import type { StageEntry, FollowUp } from '../model/schemas';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { minorDigits } from '../money/currency';
import type { InteractionKind } from '../model/schemas';
import type { Stage } from '../stages';
import { Deck, Random } from './random';
import { UniqueNames } from './names';
import { planJourney, type FollowUpPlan, type Journey, type Touch } from './journey';
import { WorkingTime } from './workingTime';
import { createSampleNotebook, type SampleNote } from './notebook';
import * as V from './vocabulary';
import { upsertMember } from '../model/members';

export interface SampleOptions {
  customers: number;
  seed?: number;
  /** Average interactions per customer, purchases included (the sample has about 6; benchmarks use 2 to 20). */
  interactionsPerCustomer?: number;
  /** Extra notebook paragraphs, to make large notebooks for benchmarks. */
  extraParagraphs?: number;
  /** "Now" for the generated history; fixed by default so output is deterministic. */
  now?: number;
  /** Currency of the generated purchases (default: euro). */
  currency?: string;
  /** The zone whose working hours the history keeps to (default: Europe/London, where the sample's addresses are). */
  timeZone?: string;
}

export interface SampleWorkspace {
  workspace: Y.Doc;
  /** Customer docs by customer id. */
  customers: Map<string, Y.Doc>;
}

const ORIGIN = 'sample';
export const DEFAULT_SAMPLE_NOW = Date.UTC(2026, 10, 1, 12);
export const DEFAULT_SAMPLE_ZONE = 'Europe/London';

/** Stages in a deck of 50: most customers sit early on the path, a few drift away. */
const STAGE_DECK: [Stage, number][] = [
  ['prospect', 11], ['first_purchase', 10], ['repeat', 10], ['loyalist', 7], ['advocate', 4], ['at_risk', 5], ['lost', 3],
];
/** Open follow-ups in a deck of 10: enough due today or overdue for the Today view to have work in it. */
const FOLLOW_UP_DECK: [FollowUpPlan, number][] = [['none', 3], ['overdue', 2], ['today', 1], ['upcoming', 4]];

/** Minutes after local midnight, in working hours: meetings on the half hour, calls on the quarter. */
function workingMinutes(random: Random, kind: InteractionKind | 'move'): number {
  if (kind === 'meeting') return 9 * 60 + 30 * random.int(0, 14);
  if (kind === 'call') return 8 * 60 + 30 + 15 * random.int(0, 36);
  if (kind === 'move') return 9 * 60 + random.int(0, 8 * 60 - 1);
  return 8 * 60 + random.int(0, 10 * 60 - 1);
}

/** Kinds logged as a date without a time, as orders and gifts usually are. */
const DATE_ONLY: ReadonlySet<InteractionKind> = new Set(['purchase', 'gift']);

function sampleNote(random: Random, name: string, company: string, journey: Journey, nextStep: string, extraParagraphs: number): SampleNote {
  const first = name.split(' ')[0];
  const tone = journey.stage === 'loyalist' || journey.stage === 'advocate' ? 'positive' : journey.stage === 'at_risk' || journey.stage === 'lost' ? 'negative' : 'neutral';
  return {
    company,
    first,
    topic: random.pick(V.NOTE_TOPICS),
    reason: random.pick(V.REASONS),
    preference: random.pick(V.PREFERENCES),
    like: random.pick(V.LIKES),
    nextStep,
    done: journey.purchases.length > 0 ? 'Sent welcome pack' : 'Sent the introduction deck',
    quote: `"${random.pick(V.SUMMARIES.feedback[tone])}" — ${first}`,
    site: `https://www.${company.split(' ')[0].toLowerCase()}.example`,
    extra: Array.from({ length: extraParagraphs }, (_, i) => `Meeting note ${i + 1}: ${first} mentioned ${random.pick(V.NOTE_TOPICS)} and ${random.pick(V.SUMMARIES.note.neutral).toLowerCase()}.`),
  };
}

function tagsFor(random: Random, stage: Stage): string[] {
  if (stage === 'advocate' && random.chance(0.5)) return ['referral'];
  if (stage === 'prospect' && random.chance(0.3)) return ['trial'];
  return random.chance(0.4) ? [random.pick(V.TAGS.filter((t) => t !== 'trial' && t !== 'referral'))] : [];
}

function followUpText(random: Random, stage: Stage): string {
  if (stage === 'prospect') return random.pick(V.PROSPECT_FOLLOW_UPS);
  if (stage === 'at_risk') return random.pick(V.RESCUE_FOLLOW_UPS);
  return random.pick(V.CUSTOMER_FOLLOW_UPS);
}

/**
 * Makes a workspace a chunk of customers at a time (so the app can show progress
 * and write each chunk before making the next), deterministically: the same
 * options always give the same customers, profiles, notes, interactions and
 * follow-ups. Call `next` until `done`, then `finish` once.
 */
export class SampleBuilder {
  readonly workspace = new Y.Doc();
  readonly total: number;
  private made = 0;
  private readonly random: Random;
  private readonly now: number;
  private readonly clock: WorkingTime;
  private readonly perCustomer: number;
  private readonly currency: string;
  private readonly names: UniqueNames;
  private readonly stages: Deck<Stage>;
  private readonly followUps: Deck<FollowUpPlan>;
  // Stage moves are appended in one go at the end: one packed struct instead of thousands.
  private readonly moves: (StageEntry & { customerId: string })[] = [];

  constructor(private readonly options: SampleOptions) {
    this.total = options.customers;
    this.random = new Random(options.seed ?? 42);
    this.now = options.now ?? DEFAULT_SAMPLE_NOW;
    this.clock = new WorkingTime(options.timeZone ?? DEFAULT_SAMPLE_ZONE, this.now);
    this.perCustomer = options.interactionsPerCustomer ?? 6;
    this.currency = options.currency ?? 'EUR';
    this.names = new UniqueNames(this.random);
    this.stages = new Deck(this.random, STAGE_DECK);
    this.followUps = new Deck(this.random, FOLLOW_UP_DECK);
    // The team joined before the oldest customer (about five years of working days back).
    const joined = this.clock.instant(this.clock.workdayAgo(1300), 9 * 60);
    for (const member of V.TEAM) upsertMember(this.workspace, member.id, member, joined, ORIGIN);
  }

  get done(): boolean {
    return this.made >= this.total;
  }

  get generated(): number {
    return this.made;
  }

  /** The next `count` customers' docs (the builder keeps none: write them and let them go). */
  next(count: number): [string, Y.Doc][] {
    const out: [string, Y.Doc][] = [];
    for (let n = 0; n < count && this.made < this.total; n++) out.push(this.customer(this.made++));
    return out;
  }

  /** Appends every stage move to the workspace doc; call once, after the last customer. */
  finish(): Y.Doc {
    appendStageMoves(this.workspace, this.moves, ORIGIN);
    this.moves.length = 0;
    return this.workspace;
  }

  /** A past working day and time as an instant (for cards and stage moves). */
  private instantAgo(ago: number): number {
    return Math.min(this.clock.instant(this.clock.workdayAgo(ago), workingMinutes(this.random, 'move')), this.now);
  }

  private customer(i: number): [string, Y.Doc] {
    const { random, clock, workspace } = this;
    const name = this.names.take();
    const company = `${random.pick(V.COMPANY_STEMS)} ${random.pick(V.COMPANY_KINDS)}`;
    const owner = random.pick(V.TEAM).id;
    const id = `s${i.toString(36).padStart(4, '0')}${random.id().slice(0, 8)}`;
    const stage = this.stages.draw();
    const journey = planJourney(random, stage, this.perCustomer, this.followUps.draw(), (ago) => clock.today - clock.workdayAgo(ago));
    const createdAt = this.instantAgo(journey.createdAgo);

    workspace.transact(() => {
      addCustomerCard(workspace, id, { name, company, owner, createdAt, tags: tagsFor(random, stage) }, ORIGIN);
      let previous = createdAt;
      for (const move of journey.moves) {
        // Strictly after the previous entry, so the history reads in the order it happened.
        const at = Math.max(this.instantAgo(move.ago), previous + 1);
        this.moves.push({ customerId: id, stage: move.stage, at, by: owner });
        previous = at;
      }
      if (journey.cadenceDays !== null) setCardField(workspace, id, 'cadenceDays', journey.cadenceDays, ORIGIN);
    }, ORIGIN);

    const nextStep = followUpText(random, stage);
    const doc = new Y.Doc();
    createSampleNotebook(doc, sampleNote(random, name, company, journey, nextStep, this.options.extraParagraphs ?? 0), ORIGIN);
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
      const dates = [{ label: 'Birthday', date: `${random.int(1960, 1996)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}` }];
      if (journey.purchases.length > 0 && stage !== 'lost') {
        // The contract renews on the anniversary of the first purchase: the next one is ahead.
        const first = clock.workdayAgo(journey.purchases[0].ago);
        dates.push({ label: 'Contract renewal', date: clock.date(first + 365 * Math.ceil((clock.today - first + 1) / 365)) });
      }
      setProfileField(doc, 'importantDates', dates, ORIGIN);

      const base = Math.exp(Math.log(150) + random.next() * Math.log(8000 / 150)) * journey.valueFactor;
      const unit = 10 ** minorDigits(this.currency);
      const write = (touch: Touch, k: number) => {
        const day = clock.workdayAgo(touch.ago);
        // A date-time is stored as epoch ms: read exactly like one with an offset, and about a
        // hundred times cheaper to validate and read than ISO text (30,000 of them on every load).
        const at = DATE_ONLY.has(touch.kind) ? clock.date(day) : clock.instant(day, workingMinutes(random, touch.kind));
        const amount = touch.kind === 'purchase' ? { minor: Math.max(10, Math.round((base * (0.6 + 0.8 * random.next())) / 10) * 10) * unit, currency: this.currency } : null;
        putInteraction(doc, `${id}-i${k}`, { kind: touch.kind, at, summary: touch.summary ?? random.pick(V.SUMMARIES[touch.kind][touch.sentiment]), sentiment: touch.sentiment, amount, author: owner }, ORIGIN);
      };
      let k = 0;
      for (const touch of journey.purchases) write(touch, k++);
      for (const touch of journey.touches) write(touch, k++);

      const plan = journey.followUp;
      if (plan !== 'none') {
        const due =
          plan === 'overdue' || (plan === 'today' && !WorkingTime.isWeekday(clock.today))
            ? clock.workdayAgo(random.int(1, 6))
            : plan === 'today'
              ? clock.today
              : clock.workdayAhead(random.int(1, 25));
        const open: Omit<FollowUp, 'id'> = { due: clock.date(due), text: nextStep, assignee: owner, done: false };
        putFollowUp(doc, `${id}-f0`, open, ORIGIN);
      }
      if (random.chance(0.35) && journey.touches.length > 0) {
        // One kept promise in the history.
        const day = clock.workdayAgo(journey.touches[0].ago);
        putFollowUp(doc, `${id}-f1`, { due: clock.date(day), text: followUpText(random, stage), assignee: owner, done: true }, ORIGIN);
      }
    }, ORIGIN);
    return [id, doc];
  }
}

/**
 * Makes a realistic workspace in one go (see SampleBuilder). The first-run sample
 * uses about 40 customers; benchmarks and the demo workspace 1,000 and 5,000.
 */
export function generateSampleWorkspace(options: SampleOptions): SampleWorkspace {
  const builder = new SampleBuilder(options);
  const customers = new Map(builder.next(options.customers));
  return { workspace: builder.finish(), customers };
}
