/** The merge code, one chunk fetched when a merge, a fold or an undo first runs. */
export { mergeCustomers, foldMerged } from '../../../shared/model/merge/mergeCustomers';
export { undoMerge } from '../../../shared/model/merge/undoMerge';
