import type { InteractionKind, Sentiment } from './schemas';

/** How interaction kinds and sentiments read, the same in the app, the story and exports. */
export const KIND_LABELS: Record<InteractionKind, string> = {
  call: 'Call',
  meeting: 'Meeting',
  email: 'Email',
  message: 'Message',
  purchase: 'Purchase',
  support: 'Support',
  feedback: 'Feedback',
  gift: 'Gift / thank-you',
  note: 'Note',
};

export const SENTIMENT_LABELS: Record<Sentiment, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };
