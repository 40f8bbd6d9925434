/** The timeline model: events per customer and workspace-wide, newest first, by local day. */
export * from './timelineEvents';
export * from './timelineIndex';
export * from './build';
