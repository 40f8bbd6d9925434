import type { Stage } from '../stages';

/** One customer read from a file, before it is matched against the workspace. */
export interface ImportRecord {
  name: string;
  company: string;
  emails: string[];
  phones: string[];
  role: string;
  address: string;
  stage: Stage | null;
  /** Markdown for the notebook. */
  notes: string;
  importantDates: { label: string; date: string }[];
  tags: string[];
  /** 1-based row (CSV, counting the header as row 1) or card number (vCard), for messages. */
  sourceRow: number;
}

export interface MalformedRow {
  sourceRow: number;
  reason: string;
}

/** Our fields a source column can map to. */
export const TARGET_FIELDS = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'role',
  'address',
  'stage',
  'notes',
  'birthday',
  'tags',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

/** Source column (by header) -> our field. */
export type ColumnMapping = Record<string, TargetField>;

export const TARGET_LABELS: Record<TargetField, string> = {
  ignore: '(ignore)',
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  email: 'Email',
  phone: 'Phone',
  role: 'Role / job title',
  address: 'Address',
  stage: 'Stage / lifecycle',
  notes: 'Notes',
  birthday: 'Birthday',
  tags: 'Tags / labels',
};
