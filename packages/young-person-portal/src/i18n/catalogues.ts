/**
 * The message catalogues of the young-person portal: every fixed sentence a
 * child reads, one JSON file per language (ICU message format: {name},
 * {count, plural, …}). English is the source; the others are drafts, marked in
 * their "_meta" with who translated them and whether a qualified translator
 * has checked them. A council switches each draft on (Languages, in the
 * professional portal's administration).
 */
import en from '../locales/en.json';
import cy from '../locales/cy.json';
import ar from '../locales/ar.json';
import ps from '../locales/ps.json';
import fa from '../locales/fa.json';
import ti from '../locales/ti.json';
import ckb from '../locales/ckb.json';
import sq from '../locales/sq.json';
import vi from '../locales/vi.json';
import pl from '../locales/pl.json';
import ro from '../locales/ro.json';

export interface CatalogueMeta {
  language: string;
  translatedBy: string;
  checkedByQualifiedTranslator: boolean;
}

export type Messages = Omit<typeof en, '_meta'>;
/** A catalogue: the English shape, every leaf a message. Other languages may lack keys (the catalogue test says which). */
export type Catalogue = { _meta: CatalogueMeta } & Record<string, unknown>;

export const ENGLISH: typeof en = en;

export const CATALOGUES: Record<string, Catalogue> = { en, cy, ar, ps, fa, ti, ckb, sq, vi, pl, ro };
