import type * as Y from 'yjs';
import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import type { CustomerSummary } from '../../../shared/insights/summary';
import { HealthBadge } from '../../ui/HealthBadge';
import { useInsights } from '../../insights/useInsights';
import { useLiveSummary } from '../useLiveSummary';

/** Tier and health: from the live doc once it is open, from the workspace figures before. */
export function StandingItems({ card, doc }: { card: CustomerCard; doc: Y.Doc | undefined }) {
  return doc ? <LiveStanding card={card} doc={doc} /> : <WorkspaceStanding id={card.id} />;
}

function LiveStanding({ card, doc }: { card: CustomerCard; doc: Y.Doc }) {
  return <Standing summary={useLiveSummary(card, doc).summary} />;
}

function WorkspaceStanding({ id }: { id: string }) {
  const summary = useInsights().summaries.byId.get(id);
  return summary ? <Standing summary={summary} /> : null;
}

function Standing({ summary }: { summary: CustomerSummary }) {
  return (
    <>
      <li>
        <span className="fact" title={summary.tierOverridden ? `Set by hand (computed: ${summary.computedTier})` : 'From lifetime value'}>
          <span className={`tier tier-${summary.tier}`}>
            Tier {summary.tier}
          </span>
        </span>
      </li>
      <li>
        <span className="fact">
          <HealthBadge health={summary.health} compact />
        </span>
      </li>
    </>
  );
}
