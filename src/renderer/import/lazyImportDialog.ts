import { lazyPart } from '../ui/lazyPart';

/** The import dialog (papaparse, the vCard reader, matching and merge planning): its own chunk, fetched on "Import". */
export const ImportDialog = lazyPart('The import dialog', () => import('./ImportDialog').then((m) => m.ImportDialog));
