import type { Interaction, Profile } from '../model/schemas';

/**
 * What the search index knows of one customer: the card's name and company, the
 * profile, the notebook's plain text (readNotebookText) and the interactions.
 */
export interface SearchableCustomer {
  id: string;
  name: string;
  company: string;
  tags?: readonly string[];
  profile?: Partial<Profile>;
  /** The notebook as plain text. */
  notebook?: string;
  interactions?: readonly Pick<Interaction, 'summary'>[];
}

/** Indexed fields, strongest first: a name match outranks a notebook mention. */
export const SEARCH_FIELDS = ['name', 'company', 'profile', 'notebook', 'interactions'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const FIELD_BOOST: Record<SearchField, number> = { name: 6, company: 4, profile: 2, notebook: 1, interactions: 1 };

export type SearchFields = Record<SearchField, string> & { id: string };

function profileText(profile: Partial<Profile> | undefined, tags: readonly string[] | undefined): string {
  if (!profile && !tags?.length) return '';
  const parts: string[] = [];
  const p = profile ?? {};
  for (const list of [p.emails, p.phones, tags]) if (list?.length) parts.push(list.join(' '));
  for (const text of [p.role, p.address, p.habits, p.preferences, p.likes, p.dislikes, p.reasonsForBuying]) if (text) parts.push(text);
  for (const d of p.importantDates ?? []) parts.push(`${d.label} ${d.date}`);
  for (const [key, value] of Object.entries(p.customFields ?? {})) if (value !== null && value !== '') parts.push(`${key}: ${String(value)}`);
  return parts.join('\n');
}

/** Flattens a customer into the text of each field. Lines keep snippets readable. */
export function searchFields(c: SearchableCustomer): SearchFields {
  return {
    id: c.id,
    name: c.name,
    company: c.company,
    profile: profileText(c.profile, c.tags),
    notebook: c.notebook ?? '',
    interactions: (c.interactions ?? []).map((i) => i.summary).filter(Boolean).join('\n'),
  };
}
