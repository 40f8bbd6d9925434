import { resolvePerson } from '../../shared/model/members';
import { usePeople } from '../people/usePeople';

/**
 * The combobox "Assignee": the workspace's members by name. A follow-up assigned before
 * members existed (a name, or "Me") keeps that value as an option, so opening the form
 * never reassigns it silently.
 */
export function AssigneeSelect({ value, onChange, id }: { value: string; onChange: (memberId: string) => void; id?: string }) {
  const { members, directory } = usePeople();
  const current = value && !directory.has(value) ? resolvePerson(value, directory) : null;
  return (
    <select id={id} aria-label="Assignee" value={value} onChange={(e) => onChange(e.target.value)}>
      {!value && <option value="">Nobody</option>}
      {current && <option value={value}>{current.name}</option>}
      {members.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
        </option>
      ))}
    </select>
  );
}
