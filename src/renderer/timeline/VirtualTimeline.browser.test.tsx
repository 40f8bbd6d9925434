import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import * as Y from 'yjs';
import { putInteraction } from '../../shared/model/customerDoc';
import { INTERACTION_KINDS, type Interaction } from '../../shared/model/schemas';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { buildTimeline } from '../../shared/timeline/build';
import { SessionContext } from '../workspace/SessionContext';
import type { WorkspaceSession } from '../workspace/session';
import { VirtualTimeline } from './VirtualTimeline';
import './timeline.css';

const CUSTOMERS = 2_000;
const PER_CUSTOMER = 50; // 100,000 interactions
const START = Date.UTC(2020, 0, 1);
const HOUR = 3_600_000;

// Interaction i of customer c, unique instants; index 0 is the newest, as in digests.
const atOf = (c: number, i: number) => START + ((PER_CUSTOMER - 1 - i) * CUSTOMERS + c) * HOUR;
const kindOf = (c: number, i: number) => INTERACTION_KINDS[(c + i) % INTERACTION_KINDS.length];

function card(c: number): CustomerCard {
  return {
    id: `c${c}`, name: `Customer ${c}`, company: '', owner: 'ann', tags: [], tierOverride: null, createdAt: START, archived: false,
    cadenceDays: null, stage: 'prospect', stageEnteredAt: START, stageHistory: [], invalid: [],
  };
}

/** What a digest gives: no summary, no author. */
function digestInteractions(c: number): Interaction[] {
  return Array.from({ length: PER_CUSTOMER }, (_, i) => ({
    id: `c${c}#${String(i).padStart(6, '0')}`, at: atOf(c, i), when: { kind: 'dateTime', instant: atOf(c, i) }, kind: kindOf(c, i), sentiment: 'neutral', amount: null, summary: '', author: '',
  }));
}

describe('workspace timeline with 100,000 events', () => {
  let root: Root | undefined;
  afterEach(() => root?.unmount());

  it('keeps only the rows on screen in the DOM, loads summaries for those only, and reaches the oldest event', async () => {
    const sources = Array.from({ length: CUSTOMERS }, (_, c) => ({ card: card(c), interactions: digestInteractions(c), followUps: [] }));
    const rows = buildTimeline(sources, 'UTC').query().rows();
    const opened: string[] = [];
    // A stand-in session: the customer docs hold the summaries the digests leave out.
    const session = {
      doc: new Y.Doc(),
      openCustomer(id: string) {
        opened.push(id);
        const c = Number(id.slice(1));
        const doc = new Y.Doc();
        for (let i = 0; i < PER_CUSTOMER; i++) {
          putInteraction(doc, `x${i}`, { at: atOf(c, i), kind: kindOf(c, i), summary: `Summary ${c}/${i}`, sentiment: 'neutral', amount: null, author: 'ann' });
        }
        return { doc, ready: Promise.resolve(doc), release: () => undefined };
      },
    } as unknown as WorkspaceSession;
    const names = new Map(sources.map((s) => [s.card.id, s.card.name]));
    const tokens = new Map<string, unknown>(sources.map((s) => [s.card.id, s.interactions]));

    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    root.render(
      <SessionContext.Provider value={session}>
        <VirtualTimeline rows={rows} names={names} tokens={tokens} now={Date.now()} today="2030-01-01" timeZone="UTC" busy={false} resetKey="" emptyText="none" />
      </SessionContext.Provider>,
    );
    await expect.poll(() => host.querySelector('[role="feed"]')).not.toBeNull();
    const feed = host.querySelector('[role="feed"]') as HTMLElement;
    expect(rows.length).toBe(100_000);
    const articles = () => feed.querySelectorAll('article');
    await expect.poll(() => articles().length).toBeGreaterThan(5);
    expect(articles().length).toBeLessThan(120);

    // The newest event is C1999's latest interaction; its summary arrives from its doc.
    await expect.poll(() => articles()[0].textContent).toContain(`Summary ${CUSTOMERS - 1}/0`);
    expect(opened.length).toBeLessThanOrEqual(articles().length);

    // Scroll to the end: the oldest event (customer 0's first interaction) is rendered, summary included.
    feed.scrollTop = feed.scrollHeight;
    await expect.poll(() => feed.querySelector('article:last-of-type')?.textContent ?? '', { timeout: 5_000 }).toContain('Summary 0/49');
    await expect.poll(() => [...articles()].some((a) => a.textContent?.includes('Summary 0/49'))).toBe(true);
    expect(articles().length).toBeLessThan(120);
    expect(opened.length).toBeLessThan(250);
  });
});
