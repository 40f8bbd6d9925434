import { uuidv4 } from 'lib0/random';

/** A random id for customers, interactions, follow-ups and workspaces. */
export function newId(): string {
  return uuidv4();
}
