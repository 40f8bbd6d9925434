import type { ListColumn, ListRow } from '../../../shared/model/listRows';
import { STAGE_LABELS } from '../../../shared/stages';
import { routeHref } from '../../app/router';
import type { Formats } from '../../format/useFormats';
import { HealthBadge } from '../../ui/HealthBadge';
import { TagChips } from '../../ui/TagChips';

/** One cell of a customer row. The name is the row's link, its one Tab stop. */
export function ListCell({ column, row, formats }: { column: ListColumn; row: ListRow; formats: Formats }) {
  const { card, summary } = row;
  switch (column) {
    case 'name':
      return (
        <a href={routeHref({ view: 'customer', id: card.id })} data-part="link">
          {card.name || '(no name)'}
        </a>
      );
    case 'company':
      return <span className="muted">{card.company}</span>;
    case 'stage':
      return <span className={`stage-pill stage-${card.stage}`}>{STAGE_LABELS[card.stage]}</span>;
    case 'owner':
      return <span>{row.ownerName}</span>;
    case 'tier':
      return <span>{summary ? `Tier ${summary.tier}` : ''}</span>;
    case 'health':
      return summary ? <HealthBadge health={summary.health} compact /> : <span />;
    case 'value':
      return <span className="num">{summary ? formats.value(summary.ltv) : ''}</span>;
    case 'lastTouch':
      return <span className="muted">{summary ? (summary.lastTouch === null ? 'Never' : formats.instantDay(summary.lastTouch)) : ''}</span>;
    case 'nextFollowUp':
      return <span className="muted">{summary?.followUps.nextDue ? formats.day(summary.followUps.nextDue) : ''}</span>;
    case 'tags':
      return <TagChips tags={card.tags} />;
    case 'created':
      return <span className="muted">{card.createdAt ? formats.instantDay(card.createdAt) : ''}</span>;
  }
}
