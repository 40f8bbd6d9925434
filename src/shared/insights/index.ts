/** Derived relationship figures (DESIGN.md section 3: computed per device, never synced). */
export * from './calendar';
export * from './settings';
export * from './facts';
export * from './ranking';
export * from './due';
export * from './health';
export * from './summary';
export * from './today';
export * from './idle';
export * from './board';
export * from './funnel';
export * from './distribution';
export * from './brief';
