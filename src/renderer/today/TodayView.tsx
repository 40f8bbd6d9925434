import { useMemo, useState } from 'react';
import { losingTouchEmptyText, todayData } from '../../shared/insights/today';
import { putFollowUp } from '../../shared/model/customerDoc';
import type { FollowUp } from '../../shared/model/schemas';
import { useSession } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useInsights, useInsightSettings } from '../insights/useInsights';
import { routeHref } from '../app/router';
import { useFormats } from '../format/useFormats';
import { HealthBadge } from '../ui/HealthBadge';
import { useToast } from '../ui/Toast';
import { useApp } from '../app/AppContext';
import { PersonName } from '../people/PersonName';
import { readTodayScope, saveTodayScope, type TodayScope } from './todayScope';

/** Today: follow-ups due or overdue, and customers losing touch; most valuable first. */
export function TodayView() {
  const session = useSession();
  const toast = useToast();
  const { cards, summaries, followUpsById, partial } = useInsights();
  const { cadenceByTier } = useInsightSettings();
  const formats = useFormats();
  const me = useApp().user.id;
  const [scope, setScope] = useState<TodayScope>(readTodayScope);
  const data = useMemo(
    () => todayData(cards, followUpsById, summaries.byId, scope === 'mine' ? { today: summaries.today, member: me } : { today: summaries.today, mineFirst: me }),
    [cards, followUpsById, summaries, scope, me],
  );

  const setDone = async (customerId: string, followUp: FollowUp, done: boolean) => {
    const handle = session.openCustomer(customerId);
    try {
      const doc = await handle.ready;
      const { id, ...value } = followUp;
      putFollowUp(doc, id, { ...value, done }, LOCAL_ORIGIN);
      if (done) toast({ message: `Done: ${followUp.text}`, action: { label: 'Undo', run: () => void setDone(customerId, { ...followUp, done: true }, false) } });
    } finally {
      handle.release();
    }
  };

  return (
    <section className="view today-view" aria-labelledby="today-title">
      <header className="view-header">
        <h1 id="today-title">Today</h1>
        <span className="muted">{summaries.today}</span>
        {partial && <span className="muted small">Updating…</span>}
        <div className="spacer" />
        <fieldset className="segmented" role="radiogroup" aria-label="Show">
          {(['mine', 'everyone'] as const).map((option) => (
            <label key={option} className="segmented-option">
              <input
                type="radio"
                name="today-scope"
                checked={scope === option}
                onChange={() => {
                  setScope(option);
                  saveTodayScope(option);
                }}
              />
              {option === 'mine' ? 'Mine' : 'Everyone'}
            </label>
          ))}
        </fieldset>
      </header>
      <section className="panel" role="region" aria-label="Follow-ups due">
        <h2>Follow-ups due ({data.followUps.length})</h2>
        {data.followUps.length === 0 ? (
          <p className="empty">{scope === 'mine' ? 'Nothing assigned to you is due today.' : 'Nothing due today. Well done.'}</p>
        ) : (
          <ul className="today-list">
            {data.followUps.map(({ card, summary, followUp, status, daysOverdue }) => (
              <li key={`${card.id}-${followUp.id}`}>
                <input type="checkbox" aria-label={`Done: ${followUp.text} (${card.name})`} onChange={(e) => void setDone(card.id, followUp, e.target.checked)} />
                <div>
                  <strong>{followUp.text}</strong>
                  <div className="small">
                    <a href={routeHref({ view: 'customer', id: card.id })}>{card.name}</a> <span className="muted">· {card.company}</span>
                    {followUp.assignee && (
                      <span className="muted">
                        {' '}
                        · <PersonName value={followUp.assignee} />
                      </span>
                    )}
                  </div>
                </div>
                <span className={status === 'overdue' ? 'overdue small' : 'small muted'}>{status === 'overdue' ? `${daysOverdue} d overdue` : 'due today'}</span>
                <span className="small">{summary.ltv ? formats.value(summary.ltv) : ''}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" role="region" aria-label="Losing touch">
        <h2>Losing touch ({data.losingTouch.length})</h2>
        {data.losingTouch.length === 0 ? (
          <p className="empty">{losingTouchEmptyText(cards, summaries.byId, cadenceByTier, scope === 'mine' ? me : undefined)}</p>
        ) : (
          <ul className="today-list">
            {data.losingTouch.map(({ card, summary, cadenceDays, daysSinceTouch, daysPast }) => (
              <li key={card.id}>
                <HealthBadge health={summary.health} compact />
                <div>
                  <a href={routeHref({ view: 'customer', id: card.id })}>{card.name}</a> <span className="muted small">· {card.company}</span>
                  <div className="small muted">
                    Every {cadenceDays} days; last touch {daysSinceTouch} days ago ({daysPast} past)
                  </div>
                </div>
                <span className="small">Tier {summary.tier}</span>
                <span className="small">{summary.ltv ? formats.value(summary.ltv) : ''}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
