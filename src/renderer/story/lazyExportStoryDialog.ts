import { lazyPart } from '../ui/lazyPart';

/** The story export (its HTML, charts and print path): its own chunk, fetched on "Export story". */
export const ExportStoryDialog = lazyPart('The story export', () => import('./ExportStoryDialog').then((m) => m.ExportStoryDialog));
