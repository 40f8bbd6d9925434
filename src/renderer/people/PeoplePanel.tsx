import './people.css';
import { useApp } from '../app/AppContext';
import { CommitInput } from '../ui/CommitInput';
import { memberNameSchema } from '../../shared/model/members';
import { ColorChoice } from './ColorChoice';
import { usePeople } from './usePeople';

/**
 * Settings -> People: your name and colour as teammates see them (a rename shows on every
 * device, in everything you wrote), and who else is a member of this workspace.
 */
export function PeoplePanel() {
  const app = useApp();
  const { members } = usePeople();
  return (
    <section className="panel" aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      <div className="field">
        <span className="field-label" aria-hidden="true">
          Your name
        </span>
        <CommitInput
          label="Your name"
          value={app.user.name}
          onCommit={(value) => {
            const parsed = memberNameSchema.safeParse(value);
            if (parsed.success) void app.updateUser({ name: parsed.data });
          }}
          maxLength={200}
        />
        <p className="hint">Shown to teammates on everything you write: interactions, stage moves, follow-ups, your cursor in a notebook.</p>
      </div>
      <ColorChoice value={app.user.color} onChange={(color) => void app.updateUser({ color })} />
      <h3 id="members-title">Members of this workspace</h3>
      {members.length === 0 ? (
        <p className="muted">Nobody has joined yet.</p>
      ) : (
        <ul className="member-list" aria-labelledby="members-title">
          {members.map((member) => (
            <li key={member.id}>
              <span className="member-dot" style={{ ['--dot' as string]: member.color }} aria-hidden="true" />
              <span>{member.name}</span>
              {member.id === app.user.id && <span className="badge">You</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
