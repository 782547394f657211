export * from './roles';
export * from './vocabulary';
