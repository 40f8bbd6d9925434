import type { Profile, ProfileField } from '../../shared/model/schemas';

/** A profile field the page edits, in the order the profile lists them. */
export type EditableField = Exclude<ProfileField, 'customFields'>;
export type TextField = Exclude<EditableField, 'emails' | 'phones' | 'importantDates'>;

export const PROFILE_FIELDS: { field: EditableField; label: string; multiline?: boolean }[] = [
  { field: 'emails', label: 'Email' },
  { field: 'phones', label: 'Phone' },
  { field: 'role', label: 'Role' },
  { field: 'address', label: 'Address', multiline: true },
  { field: 'importantDates', label: 'Important dates' },
  { field: 'habits', label: 'Habits', multiline: true },
  { field: 'preferences', label: 'Preferences', multiline: true },
  { field: 'likes', label: 'Likes', multiline: true },
  { field: 'dislikes', label: 'Dislikes', multiline: true },
  { field: 'reasonsForBuying', label: 'Reasons for buying', multiline: true },
];

/** How to reach them: shown even when empty, the first thing to fill in. */
export const ALWAYS_SHOWN: ReadonlySet<EditableField> = new Set(['emails', 'phones']);

export function isFilled(profile: Profile, field: EditableField): boolean {
  const value = profile[field];
  return Array.isArray(value) ? value.length > 0 : value.trim() !== '';
}
