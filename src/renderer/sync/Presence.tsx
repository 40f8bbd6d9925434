import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { PeopleDirectory } from '../../shared/model/members';
import { usePeople } from '../people/usePeople';

interface Person {
  clientId: number;
  name: string;
  color: string;
}

type AwarenessState = { user?: { name?: unknown; color?: unknown; id?: unknown }; name?: unknown; color?: unknown };

/**
 * Awareness states are written by peers: read them defensively. A peer that says which
 * member it is shows with that member's current name and colour (a rename shows at
 * once, even before the peer re-announces itself); otherwise with what it announced.
 */
function person(clientId: number, state: AwarenessState, people: PeopleDirectory): Person | null {
  const member = typeof state.user?.id === 'string' ? people.get(state.user.id) : undefined;
  if (member) return { clientId, name: member.name.slice(0, 60), color: member.color };
  const name = state.user?.name ?? state.name;
  const color = state.user?.color ?? state.color;
  if (typeof name !== 'string' || !name.trim()) return null;
  return { clientId, name: name.slice(0, 60), color: typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#888888' };
}

/** Who else is here (in the workspace, or in this notebook): one avatar per person. */
export function Presence({ provider, label }: { provider: WebsocketProvider | undefined; label: string }) {
  const [people, setPeople] = useState<Person[]>([]);
  const { directory } = usePeople();
  useEffect(() => {
    if (!provider) return setPeople([]);
    const awareness = provider.awareness;
    const read = () => {
      const list: Person[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const p = person(clientId, state as AwarenessState, directory);
        if (p) list.push(p);
      });
      setPeople(list);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider, directory]);
  if (people.length === 0) return null;
  return (
    <div className="presence" role="group" aria-label={label}>
      {people.map((p) => (
        <span key={p.clientId} className="avatar" style={{ background: p.color }} title={p.name} aria-label={p.name} role="img">
          {p.name
            .split(/\s+/)
            .map((w) => w[0])
            .join('')
            .slice(0, 2)
            .toUpperCase()}
        </span>
      ))}
    </div>
  );
}
