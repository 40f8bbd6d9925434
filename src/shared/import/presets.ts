import type { ColumnMapping, TargetField } from './types';

/**
 * Header names of the CRMs people leave for Rapport, in the languages their
 * exports come in. Matching is case-, accent- and punctuation-insensitive.
 */
export type PresetId = 'hubspot' | 'pipedrive-person' | 'pipedrive-organization' | 'pipedrive-deal' | 'google' | 'generic';

export const PRESET_LABELS: Record<PresetId, string> = {
  hubspot: 'HubSpot',
  'pipedrive-person': 'Pipedrive (people)',
  'pipedrive-organization': 'Pipedrive (organizations)',
  'pipedrive-deal': 'Pipedrive (deals)',
  google: 'Google Contacts',
  generic: 'CSV file',
};

type Aliases = Partial<Record<TargetField, string[]>>;

/**
 * HubSpot's contact export in its languages (en, fr, de, es, sv, nl, pt): the
 * default view and the all-properties export. Header names are compared folded
 * (case, accents, apostrophes), so "Prénom" and "prenom" are one.
 */
const HUBSPOT: Aliases = {
  firstName: ['first name', 'prenom', 'vorname', 'nombre', 'fornamn', 'voornaam', 'nome', 'primeiro nome'],
  lastName: ['last name', 'nom', 'nom de famille', 'nachname', 'apellido', 'apellidos', 'efternamn', 'achternaam', 'sobrenome', 'apelido'],
  email: ['email', 'e-mail', 'email address', 'e-mail-adresse', 'adresse e-mail', 'correo', 'correo electronico', 'e-post', 'e-postadress', 'e-mailadres', 'endereco de e-mail'],
  company: [
    'company name', 'company', 'associated company', 'nom de l entreprise', 'entreprise', 'firmenname', 'unternehmen', 'unternehmensname', 'name des unternehmens',
    'nombre de la empresa', 'empresa', 'foretagsnamn', 'foretag', 'bedrijfsnaam', 'bedrijf', 'nome da empresa',
  ],
  phone: [
    'phone number', 'mobile phone number', 'numero de telephone', 'numero de telephone portable', 'telefonnummer', 'mobiltelefonnummer', 'numero de telefono',
    'numero de telefono movil', 'mobilnummer', 'telefoonnummer', 'mobiel telefoonnummer', 'numero de telefone', 'numero de celular', 'telemovel',
  ],
  role: ['job title', 'intitule du poste', 'jobtitel', 'berufsbezeichnung', 'position', 'cargo', 'titulo del puesto', 'jobbtitel', 'befattning', 'functie', 'functietitel', 'cargo'],
  stage: ['lifecycle stage', 'phase du cycle de vie', 'lebenszyklusphase', 'etapa del ciclo de vida', 'livscykelfas', 'livscykelstadium', 'levenscyclusfase', 'fase do ciclo de vida', 'estagio do ciclo de vida'],
  owner: ['contact owner', 'hubspot owner', 'proprietaire du contact', 'kontaktinhaber', 'propietario del contacto', 'kontaktagare', 'contacteigenaar', 'eigenaar van contactpersoon', 'proprietario do contato'],
  createdAt: ['create date', 'date de creation', 'erstellungsdatum', 'erstelldatum', 'fecha de creacion', 'skapat datum', 'skapandedatum', 'aanmaakdatum', 'datum aangemaakt', 'data de criacao'],
  website: ['website url', 'url du site web', 'website-url', 'url del sitio web', 'webbplatsens url', 'website-url', 'url do site'],
  // Address parts (all-properties exports) are joined in column order.
  address: [
    'street address', 'adresse', 'strasse', 'strasse und hausnummer', 'direccion', 'gatuadress', 'adres', 'straat', 'endereco',
    'city', 'ville', 'stadt', 'ciudad', 'stad', 'ort', 'plaats', 'cidade',
    'state/region', 'etat/region', 'bundesland/region', 'estado/region', 'delstat/region', 'provincie/regio', 'estado/regiao',
    'postal code', 'code postal', 'postleitzahl', 'codigo postal', 'postnummer', 'postcode',
    'country/region', 'pays/region', 'land/region', 'pais/region', 'land/regio',
  ],
  birthday: ['date of birth', 'date de naissance', 'geburtsdatum', 'fecha de nacimiento', 'fodelsedatum', 'geboortedatum', 'data de nascimento'],
  notes: ['notes', 'message', 'notizen', 'nachricht', 'notas', 'mensaje', 'anteckningar', 'meddelande', 'notities', 'bericht', 'mensagem'],
  tags: ['lead status', 'statut du lead', 'leadstatus', 'lead-status', 'estado del lead', 'status del lead', 'leadstatus', 'status van lead', 'status do lead'],
  // Total revenue: the sum of the contact's closed-won deals, money they paid. Not "Annual revenue" (the
  // company's own turnover) nor "Recent deal amount" (already part of the total): see LEFT_OUT in columns.ts.
  amount: ['total revenue', 'chiffre d affaires total', 'revenu total', 'gesamtumsatz', 'ingresos totales', 'total intakt', 'totala intakter', 'totale omzet', 'totale opbrengst', 'receita total'],
};

/** Words of Pipedrive's export headers ("Person - Email - Work") in its languages. */
const PIPEDRIVE_ENTITIES = {
  person: ['person', 'personne', 'persona', 'persoon', 'pessoa'],
  organization: ['organization', 'organisation', 'organizacion', 'organisatie', 'organizacao'],
  deal: ['deal', 'affaire', 'trato', 'negocio', 'affar'],
};
type PipedriveEntity = keyof typeof PIPEDRIVE_ENTITIES;

/**
 * A deal's own columns ("Deal - Value", "Deal - Currency", "Deal - Status"): a won
 * deal's value is money the customer paid. Not "Weighted value" (value times
 * probability) nor "Expected close date".
 */
const PIPEDRIVE_DEAL_FIELDS: Partial<Record<TargetField, string[]>> = {
  amount: ['value', 'valeur', 'wert', 'valor', 'varde', 'waarde'],
  amountCurrency: ['currency', 'devise', 'wahrung', 'moneda', 'valuta', 'moeda'],
  dealStatus: ['status', 'statut', 'estado', 'estatus'],
  name: ['contact person', 'personne a contacter', 'personne de contact', 'kontaktperson', 'persona de contacto', 'contactpersoon', 'pessoa de contato', 'pessoa de contacto'],
  company: ['organization', 'organisation', 'organizacion', 'organisatie', 'organizacao'],
  owner: ['owner', 'proprietaire', 'besitzer', 'inhaber', 'eigentumer', 'propietario', 'agare', 'eigenaar', 'proprietario'],
};
const PIPEDRIVE_FIELDS: Partial<Record<TargetField, string[]>> = {
  name: ['name', 'nom', 'nombre', 'namn', 'naam', 'nome'],
  firstName: ['first name', 'prenom', 'vorname', 'nombre de pila', 'fornamn', 'voornaam', 'primeiro nome'],
  lastName: ['last name', 'nom de famille', 'nachname', 'apellido', 'efternamn', 'achternaam', 'sobrenome'],
  company: ['organization', 'organisation', 'organizacion', 'organisatie', 'organizacao'],
  email: ['email', 'e-mail', 'correo electronico', 'e-post'],
  phone: ['phone', 'telephone', 'telefon', 'telefono', 'telefoon', 'telefone'],
  role: ['job title', 'intitule du poste', 'berufsbezeichnung', 'cargo', 'titulo del puesto', 'jobbtitel', 'befattning', 'functie', 'functietitel'],
  tags: ['label', 'labels', 'etiquette', 'etiqueta', 'etikett', 'etiketter'],
  notes: ['notes', 'notizen', 'notas', 'anteckningar', 'notities'],
  birthday: ['birthday', 'anniversaire', 'date de naissance', 'geburtstag', 'cumpleanos', 'fodelsedag', 'verjaardag', 'aniversario', 'data de nascimento'],
  owner: ['owner', 'proprietaire', 'besitzer', 'inhaber', 'eigentumer', 'propietario', 'agare', 'eigenaar', 'proprietario'],
  createdAt: ['add time', 'person created', 'organization created', 'date d ajout', 'hinzugefugt am', 'erstellt am', 'hora de creacion', 'fecha de creacion', 'tillagd', 'skapad', 'toegevoegd op', 'aangemaakt', 'data de criacao', 'adicionado em'],
  address: ['address', 'adresse', 'direccion', 'adress', 'adres', 'endereco'],
  website: ['website', 'site web', 'webseite', 'sitio web', 'webbplats', 'site'],
};

/** "Person - Email - Work" -> entity "person", field "email" (the subtype "Work" is not kept). */
function pipedriveParts(header: string): { entity: PipedriveEntity; field: string } | null {
  const parts = normalizeHeader(header).split(/\s+-\s+/);
  if (parts.length < 2) return null;
  const entity = (Object.keys(PIPEDRIVE_ENTITIES) as PipedriveEntity[]).find((e) => PIPEDRIVE_ENTITIES[e].includes(parts[0]));
  return entity ? { entity, field: parts[1] } : null;
}

const wordsToFields = (fields: Partial<Record<TargetField, string[]>>) => {
  const byWord = new Map<string, TargetField>();
  for (const [field, words] of Object.entries(fields) as [TargetField, string[]][]) for (const w of words) byWord.set(w, field);
  return byWord;
};
const PIPEDRIVE_BY_WORD = wordsToFields(PIPEDRIVE_FIELDS);
const PIPEDRIVE_DEAL_BY_WORD = wordsToFields(PIPEDRIVE_DEAL_FIELDS);
/** What a deal's columns give a person or organization export: the money (its contact and organization come from their own columns). */
const DEAL_MONEY: ReadonlySet<TargetField> = new Set(['amount', 'amountCurrency', 'dealStatus']);

/**
 * A people, organizations or deals export. Deal columns add the money to people
 * and organizations; a deals export names the customer by its contact person
 * (or organization).
 */
function pipedriveMapping(headers: string[], entity: PipedriveEntity): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const h of headers) {
    const parts = pipedriveParts(h);
    if (parts?.entity === 'deal') {
      const field = PIPEDRIVE_DEAL_BY_WORD.get(parts.field) ?? 'ignore';
      mapping[h] = entity === 'deal' || DEAL_MONEY.has(field) ? field : 'ignore';
      continue;
    }
    let field: TargetField = parts ? (PIPEDRIVE_BY_WORD.get(parts.field) ?? 'ignore') : 'ignore';
    if (parts && parts.entity !== entity) field = entity !== 'organization' && parts.entity === 'organization' && field === 'name' ? 'company' : 'ignore';
    // An organization export names the customer (the organization) by its name.
    if (entity === 'organization' && field === 'name') field = 'company';
    mapping[h] = field;
  }
  return mapping;
}

/**
 * Google Contacts in both header families: the current one (First Name,
 * Organization Name, Labels, "E-mail 1 - Label", "Event 1 - Label") and the
 * older one (Given Name, Organization 1 - Name, Group Membership, "- Type").
 */
const GOOGLE: Aliases = {
  name: ['name'],
  firstName: ['given name', 'first name'],
  lastName: ['family name', 'last name'],
  company: ['organization 1 - name', 'organization name'],
  role: ['organization 1 - title', 'organization title'],
  address: ['address 1 - formatted'],
  notes: ['notes'],
  birthday: ['birthday'],
  tags: ['group membership', 'labels'],
};

/** Google's numbered columns ("E-mail 2 - Value", "Event 1 - Label", "Website 1 - Type"). */
function googleNumbered(header: string): TargetField | null {
  const m = /^(e-mail|phone|event|website|relation|address) \d+ - (value|label|type|formatted)$/.exec(normalizeHeader(header));
  if (!m) return null;
  const [, kind, part] = m;
  if (kind === 'event') return part === 'value' ? 'date' : 'dateLabel';
  if (part !== 'value') return null;
  return kind === 'e-mail' ? 'email' : kind === 'phone' ? 'phone' : kind === 'website' ? 'website' : null;
}

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
  website: ['website', 'url', 'web', 'homepage'],
  owner: ['owner', 'account owner', 'contact owner'],
  createdAt: ['created', 'created at', 'create date', 'customer since'],
  amount: ['total revenue', 'total spent', 'total purchases', 'purchase amount', 'purchases', 'lifetime value', 'deal value', 'amount'],
  amountCurrency: ['currency'],
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

/** Headers that say "HubSpot" in any of its languages: the record id and the lifecycle stage. */
const HUBSPOT_MARKERS = [
  'record id', 'contact id', 'id de fiche d informations', 'id de la fiche', 'datensatz-id', 'id de registro', 'id del registro', 'post-id', 'objekt-id', 'record-id', 'id do registro',
  ...(HUBSPOT.stage ?? []),
];

/** Which export a header row comes from, and the column mapping for it (always editable by the user). */
export function detectPreset(headers: string[]): { preset: PresetId; mapping: ColumnMapping } {
  const set = new Set(headers.map(normalizeHeader));
  const entities = headers.map(pipedriveParts);
  if (entities.some((e) => e?.entity === 'person')) return { preset: 'pipedrive-person', mapping: pipedriveMapping(headers, 'person') };
  // A deals export may carry its organization's columns: its rows are still deals.
  const deals = entities.some((e) => e?.entity === 'deal');
  if (!deals && entities.some((e) => e?.entity === 'organization')) return { preset: 'pipedrive-organization', mapping: pipedriveMapping(headers, 'organization') };
  if (deals) return { preset: 'pipedrive-deal', mapping: pipedriveMapping(headers, 'deal') };
  if (headers.some((h) => googleNumbered(h) !== null) || has(set, 'given name', 'organization 1 - name', 'group membership')) {
    const mapping = mappingFrom(headers, GOOGLE);
    for (const h of headers) mapping[h] = googleNumbered(h) ?? mapping[h];
    return { preset: 'google', mapping };
  }
  if (has(set, ...HUBSPOT_MARKERS)) return { preset: 'hubspot', mapping: mappingFrom(headers, HUBSPOT) };
  return { preset: 'generic', mapping: mappingFrom(headers, GENERIC) };
}

/**
 * A key for remembering the mapping a user chose for files with these headers:
 * the set of them, folded, so the same export with its columns moved or in
 * another case maps itself too.
 */
export function headerSignature(headers: string[]): string {
  return [...new Set(headers.map(normalizeHeader))].sort().join('|');
}
