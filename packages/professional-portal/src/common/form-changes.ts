import { say } from '../i18n/i18n';

/** Comparing and merging a form's values field by field: what changed, and my changes on top of a newer record. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedKeys<V extends object>(values: V, base: V, keys: readonly (keyof V)[]): (keyof V)[] {
  return keys.filter((k) => !same(values[k], base[k]));
}

/** Puts the fields I changed (against the version I started from) on top of a newer version. */
export function reapplyChanges<V extends object>(mine: V, mineBase: V, fresh: V, keys: readonly (keyof V)[]): V {
  const merged = { ...fresh };
  for (const k of changedKeys(mine, mineBase, keys)) merged[k] = mine[k];
  return merged;
}

export const maxLength = (label: string, n: number) => (v: string) => (v.trim().length > n ? say('common.formChanges.mustBeCharacters', { label, n: String(n) }) : undefined);
