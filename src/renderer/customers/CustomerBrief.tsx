import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { callBrief, type NextDate } from '../../shared/insights/brief';
import { STAGE_LABELS } from '../../shared/stages';
import { KIND_LABELS } from '../interactions/labels';
import { useFormats, type Formats } from '../format/useFormats';
import { DateIcon, PhoneIcon, RoleIcon } from '../ui/icons';
import { useLiveSummary } from './useLiveSummary';
import { TagChips } from '../ui/TagChips';

/**
 * Before the call: how to reach them and who they are, where they stand, when
 * we last spoke, the dates coming up (theirs and our next follow-up), what they
 * like and dislike, and why their health is what it is. Tier and health
 * themselves are in the page header; what was said is in the timeline.
 */
export function CustomerBrief({ card, doc }: { card: CustomerCard; doc: Y.Doc }) {
  const { input, summary, profile, today } = useLiveSummary(card, doc);
  const formats = useFormats();
  const brief = useMemo(() => callBrief(input, profile, summary, today, { interactions: 1 }), [input, profile, summary, today]);
  const last = brief.lastInteractions[0];

  return (
    <section className="panel brief" role="region" aria-label="Before the call">
      <h2>Before the call</h2>
      <dl className="brief-contact">
        <dt>
          <PhoneIcon /> Phone
        </dt>
        <dd>{brief.phone ? <a href={`tel:${brief.phone.replace(/[^\d+]/g, '')}`}>{brief.phone}</a> : <span className="muted">Not recorded</span>}</dd>
        <dt>
          <RoleIcon /> Role
        </dt>
        <dd>{brief.role || <span className="muted">Not recorded</span>}</dd>
      </dl>
      <TagChips tags={card.tags} />
      <div className="brief-figures">
        <span>
          <strong>{STAGE_LABELS[brief.stage]}</strong> for {brief.daysInStage} days
        </span>
        <span>Value {formats.value(summary.ltv)}</span>
        {summary.rfm && (
          <span title="Recency, frequency, monetary: 1 (low) to 5 (high)">
            RFM {summary.rfm.recency}-{summary.rfm.frequency}-{summary.rfm.monetary}
          </span>
        )}
      </div>
      <p className="brief-last">
        <span className="muted">Last touch:</span>{' '}
        {last ? (
          <>
            {KIND_LABELS[last.kind]}, <time dateTime={formats.eventAttribute(last.when)}>{formats.event(last.when)}</time>
          </>
        ) : (
          'none yet'
        )}
      </p>
      <h3>Next dates</h3>
      {brief.nextDates.length === 0 ? (
        <p className="empty small">No dates coming up.</p>
      ) : (
        <ul className="compact next-dates" aria-label="Next dates">
          {brief.nextDates.map((d) => (
            <NextDateItem key={`${d.type}-${d.label}-${d.next}`} date={d} formats={formats} />
          ))}
        </ul>
      )}
      {(brief.preferences || brief.likes || brief.dislikes) && (
        <dl className="brief-facts">
          {brief.preferences && (
            <>
              <dt>Preferences</dt>
              <dd>{brief.preferences}</dd>
            </>
          )}
          {brief.likes && (
            <>
              <dt>Likes</dt>
              <dd>{brief.likes}</dd>
            </>
          )}
          {brief.dislikes && (
            <>
              <dt>Dislikes</dt>
              <dd>{brief.dislikes}</dd>
            </>
          )}
        </dl>
      )}
      {brief.health.reasons.length > 0 && (
        <>
          <h3>Health</h3>
          <ul className="compact">
            {brief.health.reasons.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** "Birthday", then "Jul 2, 2026 · in 3 days · 50 years"; or the next follow-up, which may be overdue. */
function NextDateItem({ date, formats }: { date: NextDate; formats: Formats }) {
  const years = date.type === 'profile' && date.recurring ? Number(date.next.slice(0, 4)) - Number(date.date.slice(0, 4)) : 0;
  const overdue = date.type === 'followUp' && date.overdue;
  return (
    <li className={overdue ? 'overdue' : undefined}>
      <span className="next-date-what">
        <DateIcon /> <strong>{date.type === 'followUp' ? `Follow-up: ${date.label}` : date.label}</strong>
      </span>
      <span className="next-date-when">
        <time dateTime={date.next}>{formats.day(date.next)}</time> · {overdue ? `overdue, due ${formats.relativeDays(date.daysAway)}` : formats.relativeDays(date.daysAway)}
        {years > 0 ? ` · ${years} ${years === 1 ? 'year' : 'years'}` : ''}
      </span>
    </li>
  );
}
