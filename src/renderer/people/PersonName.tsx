import { resolvePerson } from '../../shared/model/members';
import { usePeople } from './usePeople';

/**
 * A stored person value (member id, or text from before members existed) shown as the
 * member's current name. Legacy text says so in its tooltip, so nobody mistakes an
 * imported name, or an old "Me", for a member of the workspace.
 */
export function PersonName({ value }: { value: string | undefined }) {
  const { directory } = usePeople();
  const person = resolvePerson(value, directory);
  if (person.legacy) return <span className="person legacy" title={value === person.name ? 'Written before this workspace had members' : `Written as “${value}” before this workspace had members`}>{person.name}</span>;
  return <span className="person">{person.name}</span>;
}

/** The same as text, for attributes and strings. */
export function usePersonName(): (value: string | undefined) => string {
  const { directory } = usePeople();
  return (value) => resolvePerson(value, directory).name;
}
