import type { InteractionKind, Sentiment } from '../model/schemas';

/** Word lists for the sample workspace. Plain data; varied enough to look like a real book of customers. */

/** 100 first names × 100 last names: 10,000 distinct full names before a middle initial is needed (names.ts). */
export const FIRST_NAMES = [
  'Amelia', 'Noah', 'Olivia', 'Liam', 'Maya', 'Ethan', 'Sofia', 'Lucas', 'Chloe', 'Mateo', 'Aisha', 'Kenji',
  'Priya', 'Jonas', 'Elena', 'Omar', 'Hannah', 'Diego', 'Freya', 'Tomasz', 'Leila', 'Samuel', 'Ingrid', 'Ravi',
  'Zoe', 'Felix', 'Nadia', 'Hugo', 'Grace', 'Arjun', 'Clara', 'Mohammed', 'Yuki', 'Isabel', 'Oscar', 'Lena',
  'Marcus', 'Astrid', 'Tariq', 'Beatriz', 'Daniel', 'Mei', 'Patrick', 'Sara', 'Victor', 'Anya', 'Caleb', 'Rosa',
  'Adele', 'Bruno', 'Carmen', 'Dmitri', 'Emeka', 'Fatima', 'Gareth', 'Hiro', 'Ines', 'Jamal', 'Katarina', 'Lars',
  'Marta', 'Nikhil', 'Orla', 'Pablo', 'Quentin', 'Rania', 'Stefan', 'Talia', 'Umar', 'Valentina', 'Wei', 'Ximena',
  'Yara', 'Zain', 'Alice', 'Bjorn', 'Camille', 'Dario', 'Esther', 'Farid', 'Giulia', 'Henrik', 'Imogen', 'Joao',
  'Keira', 'Laszlo', 'Miriam', 'Niamh', 'Otto', 'Petra', 'Rafael', 'Saoirse', 'Theo', 'Ulla', 'Vikram', 'Wanda',
  'Yusuf', 'Zofia', 'Anton', 'Bianca',
];
export const LAST_NAMES = [
  'Hart', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Fischer', 'Alvarez', 'Chen', 'Kowalski', 'Nakamura',
  'Haddad', 'Brennan', 'Silva', 'Novak', 'Patel', 'Larsen', 'Rossi', 'Dubois', 'Schmidt', 'Kim', 'Murphy',
  'Jensen', 'Costa', 'Ivanova', 'Walsh', 'Bauer', 'Mendes', 'Sato', 'Nielsen', 'Ahmed', 'Romero', 'Varga',
  'OConnell', 'Berg', 'Yilmaz', 'Castillo', 'Lund', 'Mwangi', 'Quinn', 'Fontaine', 'Abbott', 'Baptiste',
  'Carvalho', 'Delgado', 'Eriksen', 'Ferreira', 'Galloway', 'Hughes', 'Iqbal', 'Jovanovic', 'Keller', 'Lambert',
  'Marsh', 'Nowak', 'Osei', 'Pereira', 'Quiroga', 'Rahman', 'Sandoval', 'Thorne', 'Ueda', 'Vasquez', 'Whitaker',
  'Xu', 'Yamamoto', 'Zielinski', 'Achterberg', 'Blackwood', 'Cardenas', 'Dalton', 'Ekstrom', 'Fitzgerald',
  'Grant', 'Holloway', 'Ibrahim', 'Jaramillo', 'Kapoor', 'Lucero', 'Mahlangu', 'Navarro', 'Ortiz', 'Petrov',
  'Reyes', 'Sorensen', 'Takahashi', 'Urquhart', 'Voss', 'Weber', 'Young', 'Zhou', 'Andersson', 'Brooks',
  'Chandra', 'Dimitrov', 'Engel', 'Fraser', 'Gallagher', 'Horvat', 'Iversen', 'Kaur',
];
/** Middle initials, for workspaces larger than the first × last combinations. */
export const INITIALS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W'];
export const COMPANY_STEMS = [
  'Northwind', 'Bluefin', 'Copperleaf', 'Harborview', 'Ironbridge', 'Juniper', 'Kestrel', 'Lumen', 'Meridian',
  'Oakridge', 'Pinecrest', 'Quarry', 'Redwood', 'Saltmarsh', 'Tidewater', 'Umber', 'Vantage', 'Willow',
  'Alder', 'Brightwater', 'Cedar', 'Driftwood', 'Evergreen', 'Foxglove', 'Granite', 'Highland', 'Ivy', 'Larkspur',
];
export const COMPANY_KINDS = [
  'Logistics', 'Bakery', 'Dental', 'Architects', 'Outdoor Co.', 'Analytics', 'Hotels', 'Robotics', 'Florists',
  'Coffee Roasters', 'Legal', 'Clinic', 'Studios', 'Brewing', 'Software', 'Foods', 'Cycles', 'Print House',
];
export const ROLES = ['Head of Operations', 'Owner', 'Procurement Lead', 'CTO', 'Office Manager', 'Marketing Director', 'CFO', 'Founder', 'Store Manager', 'IT Lead'];
export const HABITS = [
  'Answers email early in the morning; prefers calls after 3 pm.',
  'Reviews vendors every quarter; wants numbers before meetings.',
  'Travels most of the second week of each month.',
  'Likes short agendas sent the day before.',
  'Decides fast once the team has tried the product.',
];
export const PREFERENCES = [
  'Email over phone. Invoices as PDF, net 30.',
  'Video calls, cameras on. Summaries in bullet points.',
  'In-person visits twice a year; everything else by message.',
  'Monthly check-in on the first Tuesday.',
  'Weekly status in one short email, no slide decks.',
];
export const LIKES = ['Oat flat white', 'Cycling', 'Jazz', 'Dark chocolate', 'Football (Arsenal)', 'Gardening', 'Board games', 'Sailing', 'Sushi', 'Trail running'];
export const DISLIKES = ['Cold calls', 'Long contracts', 'Surprise price changes', 'Slide decks', 'Meetings before 9', 'Jargon'];
export const REASONS = [
  'Needed faster delivery than the previous supplier.',
  'Our support team answered on a Sunday.',
  'Recommended by a peer at a trade fair.',
  'Price stability over three years.',
  'Integration with their existing tools.',
];

type Tones = Record<Sentiment, readonly string[]>;

/**
 * Interaction summaries by kind and sentiment, so what an interaction says matches
 * how it went (a negative call reads like one). Every kind has all three tones.
 */
export const SUMMARIES: Record<InteractionKind, Tones> = {
  call: {
    positive: ['Quarterly check-in call: happy with the service', 'Call about onboarding the new team: went well', 'Discussed renewal timing; keen to continue'],
    neutral: ['Quarterly check-in call', 'Discussed renewal timing', 'Walked through the new pricing', 'Intro call with the buying team'],
    negative: ['Call about the late delivery: frustrated', 'Escalation call about repeated errors', 'Said our prices are now above the competition'],
  },
  meeting: {
    positive: ['Planning session at their office: clear next steps', 'Lunch with the buying team: very friendly', 'Rollout workshop: the team is enthusiastic'],
    neutral: ['Visited their office for a planning session', 'Lunch meeting with the buying team', 'Workshop on the rollout plan', 'Demo for the decision makers'],
    negative: ['Review meeting: unhappy with response times', 'Meeting about missed targets', 'Tense meeting about the invoice dispute'],
  },
  email: {
    positive: ['Thanked us for the quick turnaround', 'Confirmed they will extend the order', 'Replied warmly to the case study'],
    neutral: ['Sent proposal with three options', 'Followed up on the open questions', 'Shared the case study they asked for', 'Sent the product sheet'],
    negative: ['Complained about the second late delivery', 'Asked to pause the contract', 'Disputed the last invoice'],
  },
  message: {
    positive: ['Quick thanks for sorting the delivery', 'Shared a photo of the new setup, all good', 'Confirmed the meeting with a thumbs up'],
    neutral: ['Quick question about delivery dates', 'Confirmed the meeting time', 'Sent the invoice link', 'Asked for the price list'],
    negative: ['Chased an answer we still owe them', 'Annoyed the order is still not here', 'Cancelled the meeting at short notice'],
  },
  purchase: {
    positive: ['Ordered the annual plan', 'Added ten seats', 'Upgraded to the premium bundle', 'Large reorder for the new site'],
    neutral: ['Bought the starter bundle', 'Reordered supplies', 'Ordered spare parts', 'Renewed the service contract'],
    negative: ['Reordered, but asked for a discount next time', 'Small top-up order after a complaint', 'Ordered the minimum to keep the account'],
  },
  support: {
    positive: ['Fixed the export issue the same day', 'Resolved an invoice discrepancy quickly', 'Helped with a login problem: grateful'],
    neutral: ['Helped with a login problem', 'Answered questions about the setup', 'Replaced a faulty unit'],
    negative: ['Third ticket this month about the same fault', 'Outage hit their busiest day', 'Support took a week to answer'],
  },
  feedback: {
    positive: ['Loves the new dashboard', 'Referred a peer from their trade association', 'Gave us a five-star review'],
    neutral: ['Asked for better reporting', 'Suggested a simpler invoice layout', 'Filled in the yearly survey'],
    negative: ['Unhappy with the last delivery delay', 'Says the quality has slipped', 'Considering other suppliers'],
  },
  gift: {
    positive: ['Sent a thank-you card and coffee', 'Holiday gift basket: they loved it', 'Tickets to the customer day'],
    neutral: ['Holiday gift basket', 'Sent a branded notebook', 'Sent a card for the anniversary'],
    negative: ['Sent an apology card and a voucher', 'Apology hamper after the outage', 'Goodwill voucher after the complaint'],
  },
  note: {
    positive: ['Heard they are opening a second site', 'They won a big contract: more volume ahead', 'New manager is a fan of ours'],
    neutral: ['New decision maker joining in spring', 'Budget review planned for next quarter', 'They are reorganising procurement'],
    negative: ['Heard they are talking to a competitor', 'Their champion left the company', 'Budget for our line was cut'],
  },
};

/** How the last conversation with a lost customer went: the end of the story. */
export const LOST_ENDINGS = ['Told us they moved to another supplier', 'Closed their account: budget gone', 'No reply to the last three messages'];

export const NOTE_TOPICS = [
  'expansion to a second location', 'a new procurement process', 'budget cuts next quarter', 'a merger rumour',
  'hiring a new operations lead', 'moving to a four-day week', 'a sustainability initiative', 'an upcoming audit',
];
export const PROSPECT_FOLLOW_UPS = ['Send the proposal', 'Book a demo', 'Send pricing for 20 seats', 'Call back about the trial'];
export const CUSTOMER_FOLLOW_UPS = ['Send renewal quote', 'Check in after delivery', 'Invite to customer day', 'Share product roadmap', 'Ask for a referral', 'Book quarterly review'];
export const RESCUE_FOLLOW_UPS = ['Call about the open complaint', 'Offer a service review', 'Send the credit note', 'Book a visit to repair the relationship'];
/** The sample's account managers: members of the workspace, with fixed ids so every sample agrees. */
export const TEAM = [
  { id: 'member-alex-morgan', name: 'Alex Morgan', color: '#1d4ed8' },
  { id: 'member-jordan-lee', name: 'Jordan Lee', color: '#be185d' },
  { id: 'member-sam-rivera', name: 'Sam Rivera', color: '#047857' },
  { id: 'member-taylor-brooks', name: 'Taylor Brooks', color: '#6d28d9' },
] as const;
export const TAGS = ['key account', 'enterprise', 'smb', 'retail', 'partner', 'referral', 'trial', 'vip'];
