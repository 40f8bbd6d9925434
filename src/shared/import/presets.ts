import type { ColumnMapping, TargetField } from './types';

/**
 * Header names of the CRMs people leave for Rapport, in the languages their
 * exports come in. Matching is case-, accent- and punctuation-insensitive.
 */
export type PresetId = 'hubspot' | 'pipedrive-person' | 'pipedrive-organization' | 'google' | 'generic';

export const PRESET_LABELS: Record<PresetId, string> = {
  hubspot: 'HubSpot',
  'pipedrive-person': 'Pipedrive (people)',
  'pipedrive-organization': 'Pipedrive (organizations)',
  google: 'Google Contacts',
  generic: 'CSV file',
};

type Aliases = Partial<Record<TargetField, string[]>>;

const HUBSPOT: Aliases = {
  firstName: ['first name', 'vorname', 'prenom', 'nombre'],
  lastName: ['last name', 'nachname', 'nom', 'apellido', 'apellidos'],
  email: ['email', 'e-mail', 'email address', 'e-mail-adresse', 'adresse e-mail', 'correo', 'correo electronico'],
  company: ['company name', 'company', 'associated company', 'firmenname', 'unternehmen', 'nom de l entreprise', 'entreprise', 'nombre de la empresa', 'empresa'],
  phone: ['phone number', 'mobile phone number', 'telefonnummer', 'numero de telephone', 'numero de telefono'],
  role: ['job title', 'jobtitel', 'berufsbezeichnung', 'intitule du poste', 'cargo'],
  stage: ['lifecycle stage', 'lebenszyklusphase', 'phase du cycle de vie', 'etapa del ciclo de vida'],
  // Address parts (all-properties exports) are joined in column order.
  address: [
    'street address', 'strasse', 'strasse und hausnummer', 'adresse', 'direccion', 'city', 'stadt', 'ville', 'ciudad',
    'state/region', 'bundesland/region', 'etat/region', 'estado/region', 'postal code', 'postleitzahl', 'code postal', 'codigo postal',
    'country/region', 'land/region', 'pays/region', 'pais/region',
  ],
  birthday: ['date of birth', 'geburtsdatum', 'date de naissance', 'fecha de nacimiento'],
  notes: ['notes', 'message', 'notizen', 'nachricht', 'mensaje'],
  tags: ['lead status', 'leadstatus', 'statut du lead', 'estado del lead'],
};

const PIPEDRIVE_PERSON: Aliases = {
  name: ['person - name', 'name'],
  firstName: ['person - first name', 'first name'],
  lastName: ['person - last name', 'last name'],
  company: ['person - organization', 'organization', 'organisation'],
  email: ['person - email', 'person - email - work', 'person - email - home', 'person - email - other', 'email'],
  phone: ['person - phone', 'person - phone - work', 'person - phone - mobile', 'person - phone - home', 'phone'],
  role: ['person - job title', 'job title'],
  tags: ['person - label', 'label'],
  notes: ['person - notes', 'notes'],
  birthday: ['person - birthday', 'birthday'],
};

const PIPEDRIVE_ORG: Aliases = {
  company: ['organization - name', 'organisation - name'],
  address: ['organization - address', 'organisation - address'],
  tags: ['organization - label', 'organisation - label'],
  notes: ['organization - notes'],
};

const GOOGLE: Aliases = {
  name: ['name'],
  firstName: ['given name', 'first name'],
  lastName: ['family name', 'last name'],
  company: ['organization 1 - name', 'organization name'],
  role: ['organization 1 - title', 'organization title'],
  email: ['e-mail 1 - value', 'e-mail 2 - value', 'e-mail 3 - value'],
  phone: ['phone 1 - value', 'phone 2 - value', 'phone 3 - value'],
  address: ['address 1 - formatted'],
  notes: ['notes'],
  birthday: ['birthday'],
  tags: ['group membership', 'labels'],
};

const GENERIC: Aliases = {
  name: ['name', 'full name', 'contact', 'contact name'],
  firstName: ['first name', 'firstname', 'given name'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  company: ['company', 'organization', 'organisation', 'account', 'business'],
  email: ['email', 'e-mail', 'email address', 'mail'],
  phone: ['phone', 'telephone', 'mobile', 'phone number'],
  role: ['title', 'job title', 'role', 'position'],
  address: ['address', 'street'],
  stage: ['stage', 'status', 'lifecycle'],
  notes: ['notes', 'note', 'comments', 'description'],
  birthday: ['birthday', 'date of birth', 'dob'],
  tags: ['tags', 'labels', 'groups'],
};

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function mappingFrom(headers: string[], aliases: Aliases): ColumnMapping {
  const byAlias = new Map<string, TargetField>();
  for (const [field, names] of Object.entries(aliases) as [TargetField, string[]][]) for (const n of names) byAlias.set(n, field);
  const mapping: ColumnMapping = {};
  for (const h of headers) mapping[h] = byAlias.get(normalizeHeader(h)) ?? 'ignore';
  return mapping;
}

function has(headers: Set<string>, ...names: string[]): boolean {
  return names.some((n) => headers.has(n));
}

/** Which export a header row comes from, and the column mapping for it (always editable by the user). */
export function detectPreset(headers: string[]): { preset: PresetId; mapping: ColumnMapping } {
  const set = new Set(headers.map(normalizeHeader));
  let preset: PresetId = 'generic';
  if (has(set, 'organization - name', 'organisation - name') && !has(set, 'person - name')) preset = 'pipedrive-organization';
  else if ([...set].some((h) => h.startsWith('person - '))) preset = 'pipedrive-person';
  else if (has(set, 'e-mail 1 - value', 'given name', 'organization 1 - name', 'phone 1 - value')) preset = 'google';
  else if (has(set, 'lifecycle stage', 'lebenszyklusphase', 'phase du cycle de vie', 'etapa del ciclo de vida', 'record id', 'contact id', 'datensatz-id', 'id de la fiche', 'id de registro', 'id del registro'))
    preset = 'hubspot';
  const aliases = { hubspot: HUBSPOT, 'pipedrive-person': PIPEDRIVE_PERSON, 'pipedrive-organization': PIPEDRIVE_ORG, google: GOOGLE, generic: GENERIC }[preset];
  return { preset, mapping: mappingFrom(headers, aliases) };
}

/** A key for remembering the mapping a user chose for files with these headers. */
export function headerSignature(headers: string[]): string {
  return headers.map(normalizeHeader).join('|');
}
