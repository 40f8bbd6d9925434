import { uuidv4 } from 'lib0/random';

/** A random id for customers, interactions, follow-ups and workspaces. */
export function newId(): string {
  return uuidv4();
}

/**
 * Many ids at once, for bulk work (imports): one random draw for the batch
 * (64 random bits shared, then a counter), instead of one system call per id.
 * Still unique across devices: the random half differs per batch.
 */
export function newIds(count: number): string[] {
  const prefix = uuidv4().replace(/-/g, '').slice(0, 16);
  return Array.from({ length: count }, (_, i) => `${prefix}${i.toString(16).padStart(16, '0')}`);
}
