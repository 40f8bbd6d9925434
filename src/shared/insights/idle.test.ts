import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../stages';
import { DEFAULT_STAGE_IDLE_DAYS, STAGE_IDLE_MEASURE, idleStatus, type IdleInput } from './idle';
import { DEFAULT_INSIGHT_SETTINGS, resolveInsightSettings } from './settings';

const card = (stage: Stage, over: Partial<IdleInput> = {}): IdleInput => ({ stage, daysInStage: 0, daysSinceTouch: 0, cadenceDays: null, ...over });
const idle = (input: IdleInput, days = DEFAULT_STAGE_IDLE_DAYS) => idleStatus(input, days).idle;

describe('idle defaults per stage', () => {
  it('are the workspace defaults, one per stage', () => {
    expect(DEFAULT_INSIGHT_SETTINGS.stageIdleDays).toEqual(DEFAULT_STAGE_IDLE_DAYS);
    expect(Object.keys(DEFAULT_STAGE_IDLE_DAYS).sort()).toEqual([...STAGES].sort());
    expect(Object.keys(STAGE_IDLE_MEASURE).sort()).toEqual([...STAGES].sort());
  });

  it('flag a prospect after 14 days in the stage, however recently touched', () => {
    expect(idle(card('prospect', { daysInStage: 14 }))).toBe(false);
    expect(idle(card('prospect', { daysInStage: 15, daysSinceTouch: 1 }))).toBe(true);
    expect(idleStatus(card('prospect', { daysInStage: 15 }), DEFAULT_STAGE_IDLE_DAYS).reason).toBe('Idle: 15 days in Prospect (flagged after 14 days)');
  });

  it('flag a first buyer after 60 days without a second purchase, and At risk after 14 days undecided', () => {
    expect(idle(card('first_purchase', { daysInStage: 60 }))).toBe(false);
    expect(idle(card('first_purchase', { daysInStage: 61 }))).toBe(true);
    expect(idle(card('at_risk', { daysInStage: 14 }))).toBe(false);
    expect(idle(card('at_risk', { daysInStage: 15 }))).toBe(true);
  });

  it('never flag a long stay in Repeat, Loyalist or Advocate while the customer is in touch', () => {
    for (const stage of ['repeat', 'loyalist', 'advocate'] as const) {
      expect(idle(card(stage, { daysInStage: 2000, daysSinceTouch: 3 })), stage).toBe(false);
    }
  });

  it('flag Repeat, Loyalist and Advocate after their days without a touch: 45, 60, 90', () => {
    expect([idle(card('repeat', { daysSinceTouch: 45 })), idle(card('repeat', { daysSinceTouch: 46 }))]).toEqual([false, true]);
    expect([idle(card('loyalist', { daysSinceTouch: 60 })), idle(card('loyalist', { daysSinceTouch: 61 }))]).toEqual([false, true]);
    expect([idle(card('advocate', { daysSinceTouch: 90 })), idle(card('advocate', { daysSinceTouch: 91 }))]).toEqual([false, true]);
  });

  it("use the customer's own cadence in the active stages", () => {
    // On a 14-day cadence a loyalist is idle at 15 days; on a 120-day one not at 100.
    expect(idle(card('loyalist', { daysSinceTouch: 15, cadenceDays: 14 }))).toBe(true);
    expect(idle(card('loyalist', { daysSinceTouch: 100, cadenceDays: 120 }))).toBe(false);
    expect(idleStatus(card('repeat', { daysSinceTouch: 31, cadenceDays: 30 }), DEFAULT_STAGE_IDLE_DAYS).reason).toBe('Idle: no touch in 31 days (contact cadence every 30 days)');
    // A cadence does not change the in-stage stages.
    expect(idle(card('prospect', { daysInStage: 5, daysSinceTouch: 40, cadenceDays: 30 }))).toBe(false);
  });

  it('never flag Lost', () => {
    expect(idle(card('lost', { daysInStage: 10_000, daysSinceTouch: 10_000, cadenceDays: 7 }))).toBe(false);
    expect(idleStatus(card('lost'), DEFAULT_STAGE_IDLE_DAYS).thresholdDays).toBeNull();
  });

  it('follow workspace overrides: other days, a stage turned off (null), Lost turned on', () => {
    const { stageIdleDays } = resolveInsightSettings({ stageIdleDays: { prospect: 30, loyalist: null, lost: 365 } });
    expect(idle(card('prospect', { daysInStage: 20 }), stageIdleDays)).toBe(false);
    expect(idle(card('loyalist', { daysSinceTouch: 500, cadenceDays: 30 }), stageIdleDays)).toBe(false);
    expect(idle(card('lost', { daysInStage: 366 }), stageIdleDays)).toBe(true);
    // Untouched stages keep their defaults.
    expect(stageIdleDays.repeat).toBe(45);
  });
});
