import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { putInteraction } from '../../shared/model/customerDoc';
import { digestCustomerDoc, digestInteractions } from '../../shared/model/digest';
import { interactionEvent, type InteractionEvent } from '../../shared/timeline/timelineEvents';
import { calendarFor } from '../../shared/insights/calendar';
import { InteractionDetailCache } from './interactionDetails';

const calendar = calendarFor('UTC');

function customerDoc(id: string, summaries: string[]): Y.Doc {
  const doc = new Y.Doc();
  summaries.forEach((summary, i) =>
    putInteraction(doc, `${id}-${i}`, { kind: 'call', at: Date.UTC(2026, 0, 1 + i, 12), summary, sentiment: 'neutral', amount: null, author: 'ann' }),
  );
  return doc;
}

/** A fake session: docs by id, opened on demand, resolving when the test says so. */
function opener(docs: Map<string, Y.Doc>) {
  const pending: (() => void)[] = [];
  const opened: string[] = [];
  let open = 0;
  let maxOpen = 0;
  const openCustomer = (id: string) => {
    opened.push(id);
    open++;
    maxOpen = Math.max(maxOpen, open);
    let resolve!: (doc: Y.Doc) => void;
    let reject!: (e: Error) => void;
    const ready = new Promise<Y.Doc>((res, rej) => ((resolve = res), (reject = rej)));
    pending.push(() => {
      const doc = docs.get(id);
      if (doc) resolve(doc);
      else reject(new Error('missing'));
    });
    return { ready, release: () => void open-- };
  };
  return { openCustomer, opened, pending, maxOpen: () => maxOpen };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function digestEvents(id: string, doc: Y.Doc): { token: unknown; events: InteractionEvent[] } {
  const interactions = digestInteractions(digestCustomerDoc(id, doc));
  return { token: interactions, events: interactions.map((i) => interactionEvent({ id, owner: '' }, i, calendar)) };
}

describe('InteractionDetailCache', () => {
  it('loads summaries for the requested customers, at most `concurrency` docs at a time', async () => {
    const docs = new Map(['a', 'b', 'c'].map((id) => [id, customerDoc(id, [`${id} first`, `${id} second`])]));
    const fake = opener(docs);
    const cache = new InteractionDetailCache(fake.openCustomer, 10, 2);
    const a = digestEvents('a', docs.get('a')!);
    cache.want(['a', 'b', 'c'].map((customerId) => ({ customerId, token: customerId === 'a' ? a.token : null })));
    expect(cache.detailOf(a.events[0])).toBeUndefined();
    expect(fake.opened).toEqual(['a', 'b']);
    while (fake.pending.length) {
      fake.pending.shift()!();
      await flush();
    }
    expect(fake.opened).toEqual(['a', 'b', 'c']);
    expect(fake.maxOpen()).toBe(2);
    // Newest first: index 0 is the latest interaction.
    expect(a.events.map((e) => cache.detailOf(e)?.summary)).toEqual(['a second', 'a first']);
    expect(cache.detailOf(a.events[0])?.author).toBe('ann');
  });

  it('drops queued requests for rows scrolled away, and reloads when the digest changes', async () => {
    const docs = new Map(['a', 'b', 'c'].map((id) => [id, customerDoc(id, [`${id} one`])]));
    const fake = opener(docs);
    const cache = new InteractionDetailCache(fake.openCustomer, 10, 1);
    const a = digestEvents('a', docs.get('a')!);
    cache.want([{ customerId: 'a', token: a.token }, { customerId: 'b', token: 1 }]);
    cache.want([{ customerId: 'c', token: 1 }]); // b scrolled away before it started
    while (fake.pending.length) {
      fake.pending.shift()!();
      await flush();
    }
    expect(fake.opened).toEqual(['a', 'c']);
    cache.want([{ customerId: 'a', token: a.token }]);
    expect(fake.opened).toEqual(['a', 'c']); // same digest: nothing to do

    putInteraction(docs.get('a')!, 'late', { kind: 'email', at: Date.UTC(2026, 5, 1), summary: 'a newest', sentiment: 'positive', amount: null, author: 'bo' });
    const after = digestEvents('a', docs.get('a')!);
    // Until reloaded, the old entry still answers for events it can match by time and kind.
    expect(cache.detailOf(after.events[1])?.summary).toBe('a one');
    expect(cache.detailOf(after.events[0])).toBeUndefined();
    cache.want([{ customerId: 'a', token: after.token }]);
    fake.pending.shift()!();
    await flush();
    expect(after.events.map((e) => cache.detailOf(e)?.summary)).toEqual(['a newest', 'a one']);
  });

  it('keeps the most recently used customers only, and reports unreadable docs as null', async () => {
    const docs = new Map(['a', 'b', 'c'].map((id) => [id, customerDoc(id, [id])]));
    const fake = opener(docs);
    const cache = new InteractionDetailCache(fake.openCustomer, 2, 4);
    const events = Object.fromEntries(['a', 'b', 'c', 'gone'].map((id) => [id, digestEvents(id, docs.get(id) ?? customerDoc(id, ['x']))]));
    cache.want(['a', 'b'].map((customerId) => ({ customerId, token: events[customerId].token })));
    fake.pending.splice(0).forEach((go) => go());
    await flush();
    expect(cache.detailOf(events.a.events[0])?.summary).toBe('a'); // a is now the most recently used
    cache.want([{ customerId: 'c', token: events.c.token }]);
    fake.pending.splice(0).forEach((go) => go());
    await flush();
    expect(cache.size).toBe(2);
    expect(cache.detailOf(events.b.events[0])).toBeUndefined(); // the least recently used went
    expect(cache.detailOf(events.a.events[0])?.summary).toBe('a');
    cache.want([{ customerId: 'gone', token: events.gone.token }]);
    fake.pending.splice(0).forEach((go) => go());
    await flush();
    expect(cache.detailOf(events.gone.events[0])).toBeNull();
    expect(cache.detailOf(events.c.events[0])).toBeUndefined();
    expect(cache.detailOf(events.a.events[0])?.summary).toBe('a');
  });
});
