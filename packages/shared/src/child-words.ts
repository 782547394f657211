/**
 * The rules for words a child reads, for both portals. Imported by path
 * (`@forever-planning/shared/child-words`), not from the package's index: the
 * API never loads the reading-level libraries.
 */
export * from './child-words/check-child-words';
