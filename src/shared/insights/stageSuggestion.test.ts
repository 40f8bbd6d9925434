import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { asksReason, stageAfterPurchase } from './stageSuggestion';
import { addCustomerCard, moveToStage, readCardById } from '../model/workspaceDoc';
import { stageEvents } from '../timeline/timelineEvents';
import { LocalCalendar } from './calendar';
import { STAGES } from '../stages';

describe('stage suggestions', () => {
  it('suggests First purchase after a Prospect’s first purchase and Repeat customer after a second', () => {
    expect(stageAfterPurchase('prospect', 0)).toBeNull();
    expect(stageAfterPurchase('prospect', 1)).toBe('first_purchase');
    expect(stageAfterPurchase('prospect', 2)).toBe('repeat');
    expect(stageAfterPurchase('first_purchase', 1)).toBeNull();
    expect(stageAfterPurchase('first_purchase', 2)).toBe('repeat');
  });

  it('never suggests a move back, past Repeat, or out of a side state', () => {
    for (const stage of ['repeat', 'loyalist', 'advocate', 'at_risk', 'lost'] as const) for (const n of [1, 2, 5]) expect(stageAfterPurchase(stage, n)).toBeNull();
  });

  it('asks a reason for At risk and Lost only', () => {
    expect(STAGES.filter(asksReason)).toEqual(['at_risk', 'lost']);
  });

  it('records the reason in the stage history and the timeline, trimmed; none when blank', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'c', { name: 'Ada', company: 'E', owner: 'm', createdAt: 1000 });
    moveToStage(doc, 'c', 'at_risk', 'm', 2000, undefined, '  Budget cut after the merger ');
    moveToStage(doc, 'c', 'lost', 'm', 3000, undefined, '   ');
    const card = readCardById(doc, 'c')!;
    expect(card.stageHistory.map((e) => e.reason)).toEqual([undefined, 'Budget cut after the merger', undefined]);
    const events = stageEvents(card, new LocalCalendar('UTC'));
    expect(events[1].reason).toBe('Budget cut after the merger');
    expect('reason' in events[2]).toBe(false);
  });
});
