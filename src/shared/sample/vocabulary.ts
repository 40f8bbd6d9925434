/** Word lists for the sample workspace. Plain data; varied enough to look like a real book of customers. */
export const FIRST_NAMES = [
  'Amelia', 'Noah', 'Olivia', 'Liam', 'Maya', 'Ethan', 'Sofia', 'Lucas', 'Chloe', 'Mateo', 'Aisha', 'Kenji',
  'Priya', 'Jonas', 'Elena', 'Omar', 'Hannah', 'Diego', 'Freya', 'Tomasz', 'Leila', 'Samuel', 'Ingrid', 'Ravi',
  'Zoe', 'Felix', 'Nadia', 'Hugo', 'Grace', 'Arjun', 'Clara', 'Mohammed', 'Yuki', 'Isabel', 'Oscar', 'Lena',
  'Marcus', 'Astrid', 'Tariq', 'Beatriz', 'Daniel', 'Mei', 'Patrick', 'Sara', 'Victor', 'Anya', 'Caleb', 'Rosa',
];
export const LAST_NAMES = [
  'Hart', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Fischer', 'Alvarez', 'Chen', 'Kowalski', 'Nakamura',
  'Haddad', 'Brennan', 'Silva', 'Novak', 'Patel', 'Larsen', 'Rossi', 'Dubois', 'Schmidt', 'Kim', 'Murphy',
  'Jensen', 'Costa', 'Ivanova', 'Walsh', 'Bauer', 'Mendes', 'Sato', 'Nielsen', 'Ahmed', 'Romero', 'Varga',
  'OConnell', 'Berg', 'Yilmaz', 'Castillo', 'Lund', 'Mwangi', 'Quinn', 'Fontaine',
];
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
export const INTERACTION_SUMMARIES: Record<string, string[]> = {
  call: ['Quarterly check-in call', 'Discussed renewal timing', 'Walked through the new pricing', 'Call about onboarding the new team'],
  meeting: ['Visited their office for a planning session', 'Lunch meeting with the buying team', 'Workshop on rollout plan'],
  email: ['Sent proposal with three options', 'Followed up on the open questions', 'Shared the case study they asked for'],
  message: ['Quick question about delivery dates', 'Confirmed the meeting time', 'Sent the invoice link'],
  purchase: ['Ordered the annual plan', 'Added ten seats', 'Bought the starter bundle', 'Reordered supplies'],
  support: ['Helped with a login problem', 'Resolved an invoice discrepancy', 'Fixed the export issue'],
  feedback: ['Loves the new dashboard', 'Asked for better reporting', 'Unhappy with the last delivery delay'],
  gift: ['Sent a thank-you card and coffee', 'Holiday gift basket'],
  note: ['Heard they are opening a second site', 'New decision maker joining in spring'],
};
export const NOTE_TOPICS = [
  'expansion to a second location', 'a new procurement process', 'budget cuts next quarter', 'a merger rumour',
  'hiring a new operations lead', 'moving to a four-day week', 'a sustainability initiative', 'an upcoming audit',
];
export const FOLLOW_UP_TEXTS = ['Send renewal quote', 'Check in after delivery', 'Invite to customer day', 'Share product roadmap', 'Ask for a referral', 'Book quarterly review'];
export const OWNERS = ['Alex Morgan', 'Jordan Lee', 'Sam Rivera', 'Taylor Brooks'];
export const TAGS = ['key account', 'enterprise', 'smb', 'retail', 'partner', 'referral', 'trial', 'vip'];
