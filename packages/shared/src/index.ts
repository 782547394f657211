export * from './roles';
export * from './vocabulary';
export * from './health-outcomes';
