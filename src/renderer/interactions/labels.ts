import type { Sentiment } from '../../shared/model/schemas';

export { KIND_LABELS, SENTIMENT_LABELS } from '../../shared/model/interactionLabels';
export const SENTIMENT_ICONS: Record<Sentiment, string> = { positive: '▲', neutral: '●', negative: '▼' };
