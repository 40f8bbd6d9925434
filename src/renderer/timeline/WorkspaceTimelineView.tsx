// The former name, kept while the shell still imports it: route #/timeline to TimelineView and delete this file.
export { TimelineView as WorkspaceTimelineView } from './TimelineView';
