import type * as Y from 'yjs';
import type { CustomerCard } from './workspaceDoc';
import type { FollowUp, Interaction } from './schemas';
import { peopleDirectory, personName, readMembers, type PeopleDirectory } from './members';

/**
 * Copies of what a document says with every person field (owner, stage-history "who",
 * interaction author, follow-up assignee) replaced by the name to show, for output that
 * is read outside the app: the story PDF, Markdown and CSV exports. The app itself
 * resolves names as it renders (renderer/people), so a rename shows at once.
 */
export interface NamedPeople {
  card(card: CustomerCard): CustomerCard;
  interactions(items: readonly Interaction[]): Interaction[];
  followUps(items: readonly FollowUp[]): FollowUp[];
  name(value: string | undefined): string;
}

export function namedPeople(people: PeopleDirectory): NamedPeople {
  const name = (value: string | undefined) => personName(value, people);
  return {
    name,
    card: (card) => ({ ...card, owner: card.owner ? name(card.owner) : '', stageHistory: card.stageHistory.map((entry) => ({ ...entry, by: name(entry.by) })) }),
    interactions: (items) => items.map((item) => ({ ...item, author: name(item.author) })),
    followUps: (items) => items.map((item) => (item.assignee ? { ...item, assignee: name(item.assignee) } : item)),
  };
}

/** The same, reading the members of a workspace doc. */
export function namedPeopleOf(workspace: Y.Doc): NamedPeople {
  return namedPeople(peopleDirectory(readMembers(workspace)));
}
