import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { membersMap, peopleDirectory, readMembers, type Member, type PeopleDirectory } from '../../shared/model/members';
import { useSession } from '../workspace/SessionContext';

export interface People {
  /** Valid members, oldest first. */
  members: readonly Member[];
  directory: PeopleDirectory;
}

interface Store {
  people: People;
  listeners: Set<() => void>;
}

/**
 * One observer of the members map per workspace doc, however many rows show a name
 * (a board of 5,000 cards, a timeline): the object changes only when a member does,
 * so a rename re-renders the names and nothing else.
 */
const stores = new WeakMap<Y.Doc, Store>();

function read(doc: Y.Doc): People {
  const members = readMembers(doc);
  return { members, directory: peopleDirectory(members) };
}

export function peopleStoreFor(doc: Y.Doc): Store {
  let store = stores.get(doc);
  if (store) return store;
  const created: Store = { people: read(doc), listeners: new Set() };
  membersMap(doc).observeDeep(() => {
    created.people = read(doc);
    for (const listener of created.listeners) listener();
  });
  stores.set(doc, (store = created));
  return store;
}

/** The open workspace's members; re-renders when one joins or renames (here or on a teammate's device). */
export function usePeople(): People {
  const store = peopleStoreFor(useSession().doc);
  return useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.people,
  );
}
