import type { InteractionKind, Sentiment } from '../../shared/model/schemas';

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
export const SENTIMENT_ICONS: Record<Sentiment, string> = { positive: '▲', neutral: '●', negative: '▼' };
