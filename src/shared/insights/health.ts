import type { Stage } from '../stages';
import type { CadenceStatus, FollowUpStats } from './due';
import type { InsightSettings } from './settings';

/**
 * The health badge: green, amber or red, with every reason that made it so, in
 * words the user can act on. The badge is the worst severity among the reasons;
 * green has no reasons.
 *
 * Rules (thresholds in InsightSettings):
 * - Cadence, when the customer has one (card or workspace default): past it is amber
 *   ("Past contact cadence (every 30 days) by 12 days"), `cadenceRedFactor` times the
 *   cadence without a touch is red. The plain no-touch rule is then skipped: a
 *   customer on a 90-day cadence touched 45 days ago is on schedule.
 * - No touch, without a cadence: amber from `noTouchAmberDays`, red from `noTouchRedDays`
 *   ("No touch in 45 days"; "No touch since added 45 days ago" if never touched).
 * - Negative streak: amber from `negativeStreakAmber` latest interactions negative in
 *   a row, red from `negativeStreakRed` ("Two negative interactions in a row").
 * - Overdue follow-ups: amber from `overdueAmberDays`, red from `overdueRedDays`
 *   ("Follow-up overdue by 3 days"; "3 follow-ups overdue, oldest by 9 days").
 * - Stage At risk: amber ("Marked At risk"). Lost customers get no badge rules beyond
 *   these: the badge describes the relationship, the stage already says it ended.
 */

export type HealthLevel = 'green' | 'amber' | 'red';
export type HealthReasonCode = 'cadence' | 'no_touch' | 'negative_streak' | 'overdue_follow_up' | 'at_risk_stage';

export interface HealthReason {
  code: HealthReasonCode;
  severity: Exclude<HealthLevel, 'green'>;
  text: string;
}

export interface Health {
  level: HealthLevel;
  reasons: HealthReason[];
}

export interface HealthInput {
  stage: Stage;
  /** Calendar days since the last touch, or since creation when never touched. */
  daysSinceTouch: number;
  touched: boolean;
  cadence: CadenceStatus | null;
  negativeStreak: number;
  followUps: FollowUpStats;
}

const WORDS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

function count(n: number): string {
  return WORDS[n] ?? String(n);
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

export function assessHealth(input: HealthInput, settings: InsightSettings): Health {
  const reasons: HealthReason[] = [];
  const { cadence, followUps } = input;

  if (cadence) {
    if (cadence.daysPast > 0) {
      const red = cadence.daysSinceTouch >= cadence.cadenceDays * settings.cadenceRedFactor;
      reasons.push({
        code: 'cadence',
        severity: red ? 'red' : 'amber',
        text: `Past contact cadence (every ${days(cadence.cadenceDays)}) by ${days(cadence.daysPast)}`,
      });
    }
  } else if (input.daysSinceTouch >= settings.noTouchAmberDays) {
    reasons.push({
      code: 'no_touch',
      severity: input.daysSinceTouch >= settings.noTouchRedDays ? 'red' : 'amber',
      text: input.touched ? `No touch in ${days(input.daysSinceTouch)}` : `No touch since added ${days(input.daysSinceTouch)} ago`,
    });
  }

  if (input.negativeStreak >= settings.negativeStreakAmber) {
    const n = input.negativeStreak;
    reasons.push({
      code: 'negative_streak',
      severity: n >= settings.negativeStreakRed ? 'red' : 'amber',
      text: n === 1 ? 'Last interaction was negative' : `${count(n)} negative interactions in a row`,
    });
  }

  if (followUps.overdue > 0 && followUps.maxDaysOverdue >= settings.overdueAmberDays) {
    const worst = followUps.maxDaysOverdue;
    reasons.push({
      code: 'overdue_follow_up',
      severity: worst >= settings.overdueRedDays ? 'red' : 'amber',
      text:
        followUps.overdue === 1
          ? `Follow-up overdue by ${days(worst)}`
          : `${followUps.overdue} follow-ups overdue, oldest by ${days(worst)}`,
    });
  }

  if (input.stage === 'at_risk') reasons.push({ code: 'at_risk_stage', severity: 'amber', text: 'Marked At risk' });

  // Worst first, so the badge's tooltip leads with what matters most.
  reasons.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'red' ? -1 : 1));
  const level: HealthLevel = reasons.length === 0 ? 'green' : reasons[0].severity;
  return { level, reasons };
}
