import { useState } from 'react';
import { useApp } from '../app/AppContext';
import { LEGACY_ME, memberNameSchema } from '../../shared/model/members';
import { ColorChoice } from './ColorChoice';
import './people.css';

export interface YouDraft {
  name: string;
  color: string;
}

/** The name and colour being typed on a first run or a join, starting from this device's user. */
export function useYouDraft(): [YouDraft, (draft: YouDraft) => void, () => Promise<void>] {
  const app = useApp();
  // "Me" is the placeholder every earlier version used: ask rather than prefill it.
  const [draft, setDraft] = useState<YouDraft>({ name: app.user.name === LEGACY_ME ? '' : app.user.name, color: app.user.color });
  const save = async () => {
    const name = memberNameSchema.safeParse(draft.name);
    const patch: { name?: string; color?: string } = {};
    if (name.success && name.data !== app.user.name) patch.name = name.data;
    if (draft.color !== app.user.color) patch.color = draft.color;
    if (patch.name !== undefined || patch.color !== undefined) await app.updateUser(patch);
  };
  return [draft, setDraft, save];
}

/** Textbox "Your name" and the colour swatches, as the first run and joining ask them. */
export function YouFields({ draft, onChange, idPrefix }: { draft: YouDraft; onChange: (draft: YouDraft) => void; idPrefix: string }) {
  return (
    <div className="you-fields">
      <label className="stack" htmlFor={`${idPrefix}-name`}>
        Your name
      </label>
      <input
        id={`${idPrefix}-name`}
        value={draft.name}
        maxLength={200}
        autoComplete="name"
        aria-describedby={`${idPrefix}-name-hint`}
        onChange={(e) => onChange({ ...draft, name: e.target.value })}
      />
      <p className="hint" id={`${idPrefix}-name-hint`}>
        Teammates see this name on what you write. You can change it in Settings → People.
      </p>
      <ColorChoice value={draft.color} onChange={(color) => onChange({ ...draft, color })} name={`${idPrefix}-colour`} />
    </div>
  );
}
