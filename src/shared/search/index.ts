/** Full-text search over customers, and saved filters (segments). */
export * from './tokens';
export * from './fields';
export * from './snippets';
export * from './searchIndex';
export * from './naiveScan';
export * from './segments';
export * from './fromDocs';
