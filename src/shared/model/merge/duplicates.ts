/** What finding duplicates reads of a card. */
export interface DuplicateCandidate {
  id: string;
  name: string;
  company: string;
  archived: boolean;
  mergedInto?: string | null;
}

export interface DuplicateGroup {
  /** Two or more customers, in the order of the list given. */
  ids: string[];
  /** Why they are together, for people: "Same email ada@acme.test", "Same name and company". */
  reasons: string[];
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Possible duplicates among active customers: the same email (any of theirs, without
 * case), or the same name and the same company (without case and extra spaces).
 * Customers linked through either are one group, as a chain of matches is one
 * person imported twice as often as not. Archived and merged-away customers are left out.
 */
export function findDuplicates(cards: readonly DuplicateCandidate[], emailsOf: (id: string) => readonly string[] | undefined): DuplicateGroup[] {
  const active = cards.filter((c) => !c.archived && !c.mergedInto);
  const parent = new Map<string, string>(active.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const reasons = new Map<string, Set<string>>();
  const link = (ids: string[], reason: string) => {
    if (ids.length < 2) return;
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0]!));
    for (const id of ids) {
      let set = reasons.get(id);
      if (!set) reasons.set(id, (set = new Set()));
      set.add(reason);
    }
  };
  const byKey = (key: (c: DuplicateCandidate) => string[]) => {
    const groups = new Map<string, string[]>();
    for (const card of active) {
      for (const k of new Set(key(card))) {
        let list = groups.get(k);
        if (!list) groups.set(k, (list = []));
        list.push(card.id);
      }
    }
    return groups;
  };
  for (const [email, ids] of byKey((c) => (emailsOf(c.id) ?? []).map(fold).filter(Boolean))) link(ids, `Same email ${email}`);
  for (const [, ids] of byKey((c) => (fold(c.name) && fold(c.company) ? [`${fold(c.name)}\u0000${fold(c.company)}`] : []))) link(ids, 'Same name and company');
  const groups = new Map<string, string[]>();
  for (const card of active) {
    if (!reasons.has(card.id)) continue;
    const root = find(card.id);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(card.id);
  }
  return [...groups.values()].map((ids) => ({ ids, reasons: [...new Set(ids.flatMap((id) => [...reasons.get(id)!]))] }));
}
