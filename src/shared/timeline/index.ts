/** The timeline model: events per customer and workspace-wide, newest first, by local day. */
export * from './events';
export * from './timelineIndex';
export * from './build';
