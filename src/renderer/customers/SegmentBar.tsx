import { useState } from 'react';
import type { Segment } from '../../shared/search/segments';
import { STAGES, STAGE_LABELS, type Stage } from '../../shared/stages';
import type { Tier } from '../../shared/model/schemas';
import { newId } from '../../shared/ids';
import { useSession, useYValue } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { settingsMap } from '../../shared/model/workspaceDoc';
import { deleteSegment, readSegments, saveSegment } from './segments';
import type * as Y from 'yjs';

export interface ListFilter {
  stage: Stage | '';
  tier: Tier | '';
  health: 'green' | 'amber' | 'red' | '';
}

export const NO_FILTER: ListFilter = { stage: '', tier: '', health: '' };

const types = (doc: Y.Doc) => [settingsMap(doc)];

/** Stage, tier and health filters, and saved filters ("segments") shared by the team. */
export function SegmentBar(props: {
  filter: ListFilter;
  text: string;
  showArchived: boolean;
  onChange: (filter: ListFilter, text: string, showArchived: boolean) => void;
}) {
  const session = useSession();
  const segments = useYValue(session.doc, types, readSegments);
  const [naming, setNaming] = useState<string | null>(null);
  const [active, setActive] = useState('');
  const { filter } = props;
  const set = (patch: Partial<ListFilter>) => {
    setActive('');
    props.onChange({ ...filter, ...patch }, props.text, props.showArchived);
  };

  const apply = (id: string) => {
    setActive(id);
    const segment = segments.find((s) => s.id === id);
    if (!segment) return props.onChange(NO_FILTER, '', false);
    props.onChange(
      { stage: segment.stages?.[0] ?? '', tier: segment.tiers?.[0] ?? '', health: segment.health?.[0] ?? '' },
      segment.text ?? '',
      segment.archived === 'include',
    );
  };

  const save = (name: string) => {
    const segment: Segment = {
      id: newId(),
      name,
      ...(filter.stage ? { stages: [filter.stage] } : {}),
      ...(filter.tier ? { tiers: [filter.tier] } : {}),
      ...(filter.health ? { health: [filter.health] } : {}),
      ...(props.text.trim() ? { text: props.text.trim() } : {}),
      archived: props.showArchived ? 'include' : 'exclude',
    };
    saveSegment(session.doc, segment, LOCAL_ORIGIN);
    setActive(segment.id);
    setNaming(null);
  };

  return (
    <div className="toolbar">
      <label>
        Segment{' '}
        <select aria-label="Segment" value={active} onChange={(e) => apply(e.target.value)}>
          <option value="">All customers</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button className="link-button" onClick={() => (deleteSegment(session.doc, active, LOCAL_ORIGIN), apply(''))}>
          Delete segment
        </button>
      )}
      <select aria-label="Stage filter" value={filter.stage} onChange={(e) => set({ stage: e.target.value as Stage | '' })}>
        <option value="">Any stage</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </select>
      <select aria-label="Tier filter" value={filter.tier} onChange={(e) => set({ tier: e.target.value as Tier | '' })}>
        <option value="">Any tier</option>
        <option value="A">Tier A</option>
        <option value="B">Tier B</option>
        <option value="C">Tier C</option>
      </select>
      <select aria-label="Health filter" value={filter.health} onChange={(e) => set({ health: e.target.value as ListFilter['health'] })}>
        <option value="">Any health</option>
        <option value="green">Healthy</option>
        <option value="amber">Needs attention</option>
        <option value="red">At risk</option>
      </select>
      {naming === null ? (
        <button onClick={() => setNaming('')}>Save as segment</button>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (naming.trim()) save(naming.trim());
          }}
        >
          <input aria-label="Segment name" autoFocus value={naming} onChange={(e) => setNaming(e.target.value)} placeholder="Segment name" maxLength={200} />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setNaming(null)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
