export * from './roles';
export * from './vocabulary';
export * from './health-outcomes';
export * from './dates';
export * from './audit-words';
export * from './alert-names';
export * from './languages';
