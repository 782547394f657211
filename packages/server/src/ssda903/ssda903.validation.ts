import { isCareLeaver, oc3BirthdaysInYear } from './ssda903.oc3';
import { addYears, ageInYears, compareDates, type IsoDate } from '../rules/iso-date';
import {
  CIN_CODES,
  ethnicCode,
  includes,
  isUpnShape,
  isValidPostcode,
  isValidUpn,
  LS_BY_STATUS,
  LS_CODES,
  PLACE_CHANGE_CODES,
  PLACE_WITHOUT_URN,
  placeCodesFor,
  PROVIDER_CODES,
  REC_ADOPTED,
  REC_CODES,
  REC_INDEPENDENT_LIVING,
  REC_SPECIAL_GUARDIANSHIP,
  REVIEW_CODES,
  sexCode,
  SUPPORTED_ACCOMMODATION_MIN_AGE,
} from './ssda903.codes';
import { deriveEpisodes, episodesInYear, type Episode } from './ssda903.episodes';
import { collectionYear, type CollectionYear, type Ssda903Child } from './ssda903.record';
import { continuouslyLookedAfter, oc2Problems } from './ssda903.oc2';
import { swEpisodesInYear, swIssues } from './ssda903.sw';
import { ad1Row, adoptedInYear, dolosInYear, missingInYear, prevPermRow, startedCareInYear, upnFor, type Ssda903Row } from './ssda903.return';
import type { Ssda903Dolo, Ssda903MissingEpisode } from './ssda903.record';
import { DOLO_RULES, doloProblems } from './ssda903.dolo';
import { DOLO_FROM_YEAR, isPermanenceAuthority, isPreviousPermanence, partialDateRange } from '@forever-planning/shared';

/** One failed rule for one child. */
export interface Ssda903Issue {
  /** The DfE rule number where there is one, otherwise this product's stable FP code. */
  code: string;
  /** The return's column (or our record) the rule looks at. */
  field: string;
  message: string;
  /** The date the problem is about, when there is one. */
  date: IsoDate | null;
}

interface Context {
  child: Ssda903Child;
  /** Every episode of the current period of care (derived once per child). */
  allEpisodes: readonly Episode[];
  episodes: readonly Episode[];
  /** Reviews to check: those in the year, or all of them. */
  reviews: Ssda903Child['reviews'];
  /** The collection year's last day, when validating a year's return. */
  yearEnd: IsoDate | null;
  /** Today, when known: what has not happened yet (a birthday still to come) cannot be asked for. */
  today?: IsoDate;
  /**
   * The collection year (named by the year it ends) whose code lists apply:
   * the year validated, or for the record as a whole the latest year the DfE has published rules for.
   */
  codeYear: number;
  /** The previous year's episodes, for the rules that compare years (only when validating a year). */
  previousYear: readonly Episode[] | null;
  /** Missing periods as returned: for a year, those open in it with an end only if it falls in the year; for the record, all as recorded. */
  missing: readonly Ssda903MissingEpisode[];
  /** Last year's missing periods as that return had them (only when validating a year). */
  previousMissing: readonly Ssda903MissingEpisode[] | null;
  /** Deprivation of liberty orders as returned (from 2026/27): for a year, those in force in it; for the record, all as recorded. */
  dolos: readonly Ssda903Dolo[];
  /** Last year's orders as that return had them (only when validating a year whose previous year had the DoLo table). */
  previousDolos: readonly Ssda903Dolo[] | null;
}

/**
 * The DfE's rule 577 on one missing period against the period of care the
 * return shows (first episode's start to last episode's end, blank while open):
 * an open period once care has ended or starting before it, or an end outside it.
 */
export function missingOutsideCare(m: Ssda903MissingEpisode, careStart: IsoDate, careEnd: IsoDate | null): boolean {
  if (m.endDate === null) return careEnd !== null || m.startDate < careStart;
  return (careEnd !== null && m.endDate > careEnd) || m.endDate < careStart;
}

/**
 * The DfE's rule 576: a period still open at the end of last year's return
 * must be the first period in this year's, with the same start.
 */
export function missingCarriedOver(previous: readonly Ssda903MissingEpisode[], current: readonly Ssda903MissingEpisode[]): Ssda903MissingEpisode | null {
  const open = previous.find((m) => m.endDate === null);
  if (!open || current.length === 0) return null;
  const first = [...current].sort((a, b) => compareDates(a.startDate, b.startDate))[0];
  return first.startDate === open.startDate ? null : open;
}

/** DfE rules the return can fail that this product cannot check yet, and why: shown beside a clean report. */
export const DFE_RULES_NOT_CHECKED: Record<string, string> = {
  '219, 221, 224 and the other URN look-ups': "the URN is not looked up in Ofsted's lists of children's homes and social care providers.",
  '551, 557 and the other placed-for-adoption rules (553 is checked)': 'not checked yet: the adoption decision is recorded, but only 553 is compared with it.',
  '169, 179, 392a, 392c (look-up)': 'postcodes are checked for their shape, not looked up in the ONS postcode directory, so the placement authority and distance are not worked out.',
  'SW11a, SW11b, SW16a to SW16c (social worker episodes against the end of the year and last year)': 'not checked: the episodes come from one allocation history, so last year\'s return and this one agree.',
  '634 (previous permanence for a child who did not start care in the year)': 'cannot fail here: prev_perm is written only for children whose period of care began in the year.',
  '1001, 1002 (OC3 against earlier years)': 'care leavers are worked out from their whole history; the DfE’s validator sees only two years, so it may question a care leaver who left care longer ago.',
};

/** The latest collection year whose code lists this product knows (2026/27). */
export const LATEST_CODE_YEAR = 2027;

type Rule = (ctx: Context) => Ssda903Issue[];

/** The DfE's OC2 rules on the items of a saved record (the API refuses such a record; one saved before the date of birth was corrected can still fail). */
const OC2_RULES = ['157', '158', '159', '180', '186', '188', '192', '193', '197a', '542', '543', '545', '546'] as const;
/** Worked out once per child and shared by the rules that pick from it (13 OC2 rules, 11 DoLo rules): at England size, once each is most of the check's time. */
const once = <T>(compute: (ctx: Context) => T): ((ctx: Context) => T) => {
  const cache = new WeakMap<Context, T>();
  return (ctx) => {
    if (!cache.has(ctx)) cache.set(ctx, compute(ctx));
    return cache.get(ctx) as T;
  };
};
const oc2Issues = once((ctx): Ssda903Issue[] => {
  if (ctx.yearEnd === null) return [];
  const year = collectionYear(ctx.codeYear);
  const health = ctx.child.healthOutcomes.find((h) => h.year === year.year);
  if (!health || !continuouslyLookedAfter(ctx.episodes, year)) return [];
  return oc2Problems(health, ctx.child.dateOfBirth, year).map((p) => ({ code: p.rule, field: p.field, message: p.message, date: year.end }));
});
const oc2Rule =
  (code: string): Rule =>
  (ctx) =>
    oc2Issues(ctx).filter((i) => i.code === code);

/** The DfE's DoLo rules (700 to 710, from 2026/27) on the orders as returned: see ssda903.dolo.ts. */
const doloIssues = once((ctx): Ssda903Issue[] =>
  ctx.codeYear < DOLO_FROM_YEAR || (ctx.dolos.length === 0 && (ctx.previousDolos === null || ctx.previousDolos.length === 0))
    ? []
    : doloProblems({
        dateOfBirth: ctx.child.dateOfBirth,
        orders: ctx.dolos,
        episodes: ctx.episodes,
        year: ctx.yearEnd === null ? null : collectionYear(ctx.codeYear),
        previous: ctx.previousDolos,
      }).map((p) => ({ code: p.rule, field: p.field, message: p.message, date: p.date })),
);
const doloRule =
  (code: string): Rule =>
  (ctx) =>
    doloIssues(ctx).filter((i) => i.code === code);
/**
 * The child's prev_perm row, for the rules on it: for a year, only when the return
 * writes one (care began in the year); on the record, once anything is recorded.
 */
const withPrevPerm = (ctx: Context, check: (row: Ssda903Row) => Ssda903Issue[]): Ssda903Issue[] => {
  const { child } = ctx;
  const asked = ctx.yearEnd !== null ? startedCareInYear(child, collectionYear(ctx.codeYear)) : child.previousPermanence !== null || child.previousPermanenceLa !== null || child.previousPermanenceDate !== null;
  return asked ? check(prevPermRow(child)) : [];
};

/** Placements the council's own provision (PR1) may be outside its area (rule 1015): adoption (A3 to A6) and foster care (U1 to U6). */
const OWN_PROVISION_ANYWHERE = /^(A[3-6]|U[1-6])$/;
const issue = (code: string, field: string, message: string, date: IsoDate | null = null): Ssda903Issue => ({ code, field, message, date });
const each = (ctx: Context, check: (e: Episode, i: number) => Ssda903Issue | null): Ssda903Issue[] =>
  ctx.episodes.map(check).filter((x): x is Ssda903Issue => x !== null);
const age = (ctx: Context, on: IsoDate) => ageInYears(ctx.child.dateOfBirth, on);

/**
 * The rules, in the order a worker would fix them: the child, the episodes, the reviews.
 *
 * A rule keyed by a number is the DfE's SSDA903 validation rule of that number
 * (numbers and meanings checked against the DfE's CLA validation rules as the
 * open-source lac_validator, data-to-insight/csc-validator-be-903, implements
 * them for 2022-23). A rule keyed FP-... is this product's own check on the
 * records the return is derived from: the DfE has no rule for it, and we do
 * not invent a number.
 */
export const SSDA903_RULES: Record<string, Rule> = {
  // The child (header).
  '101': ({ child, codeYear }) =>
    sexCode(child.gender, codeYear) ? [] : [issue('101', 'SEX', 'Before 2024/25 the return takes only male or female (SEX 1 or 2): record the gender as one of them.')],
  '103': ({ child }) =>
    ethnicCode(child.ethnicity)
      ? []
      : [issue('103', 'ETHNIC', `The ethnicity "${child.ethnicity ?? ''}" does not match a DfE ethnicity code: record it in the DfE categories.`)],
  '168': ({ child }) =>
    child.upn && !isUpnShape(child.upn.toUpperCase())
      ? [issue('168', 'UPN', `The UPN "${child.upn}" is not a valid Unique Pupil Number (a letter and 12 characters); if it is not known, use UN1 to UN5.`)]
      : [],
  '393': (ctx) =>
    ctx.child.gender === 'FEMALE' && ctx.child.mother === null && ctx.episodes.some((e) => e.LS !== 'V3' && e.LS !== 'V4')
      ? [issue('393', 'MOTHER', 'Record whether she is a mother (and if she is, her child’s date of birth): the return asks it of every girl looked after.')]
      : [],
  '442': (ctx) =>
    ctx.episodes.some((e) => e.LS !== 'V3' && e.LS !== 'V4') && upnFor(ctx.child, ctx.codeYear) === ''
      ? [issue('442', 'UPN', 'The child is of school age but has no UPN: record the Unique Pupil Number, or why it is not known (UN2 to UN5).')]
      : [],
  '209': ({ child, codeYear }) =>
    child.upn?.toUpperCase() === 'UN1' && upnFor({ upn: null, dateOfBirth: child.dateOfBirth }, codeYear) === ''
      ? [issue('209', 'UPN', 'UN1 is only for a child not yet of school age: record the UPN, or why it is not known (UN2 to UN5).')]
      : [],
  '208': ({ child, codeYear, previousYear }) => {
    if (!previousYear || previousYear.length === 0) return [];
    const before = upnFor(child, codeYear - 1);
    const now = upnFor(child, codeYear);
    const unknown = (u: string) => u === '' || u.startsWith('UN');
    // A UPN may become known, and UN1 (or none) may become a UN2 to UN5 reason; nothing else may change.
    const allowed = before === now || (unknown(before) && !unknown(now)) || ((before === '' || before === 'UN1') && /^UN[2-5]$/.test(now));
    return allowed ? [] : [issue('208', 'UPN', `The UPN was ${before || 'blank'} in last year's return and is ${now || 'blank'} now: record the UPN, or why it is not known (UN2 to UN5).`)];
  },
  'FP-UPN-CHECK': ({ child }) =>
    child.upn && isUpnShape(child.upn.toUpperCase()) && !isValidUpn(child.upn.toUpperCase())
      ? [issue('FP-UPN-CHECK', 'UPN', `The UPN "${child.upn}" has the wrong check letter: a character is probably mistyped.`)]
      : [],
  '392c': (ctx) => [
    ...(ctx.child.homePostcode && !isValidPostcode(ctx.child.homePostcode)
      ? [issue('392c', 'HOME_POST', `The home postcode "${ctx.child.homePostcode}" is not a valid postcode.`)]
      : []),
    ...each(ctx, (e) => (e.PL_POST && !isValidPostcode(e.PL_POST) ? issue('392c', 'PL_POST', `The placement postcode "${e.PL_POST}" is not a valid postcode.`, e.DECOM) : null)),
  ],
  '302': ({ child }) =>
    child.dateLookedAfter && child.dateLookedAfter < child.dateOfBirth
      ? [issue('302', 'DECOM', 'The first episode starts before the child was born.', child.dateLookedAfter)]
      : [],
  '352': (ctx) =>
    ctx.child.dateLookedAfter && age(ctx, ctx.child.dateLookedAfter) >= 18
      ? [issue('352', 'DECOM', 'The child started to be looked after aged 18 or over.', ctx.child.dateLookedAfter)]
      : [],
  '145': ({ child }) =>
    includes(CIN_CODES, child.categoryOfNeed) ? [] : [issue('145', 'CIN', 'The category of need (N1 to N8) is missing or not valid.')],

  // The placement and legal status records the episodes come from.
  'FP-PLACEMENT-BEFORE-CARE': ({ child }) =>
    child.dateLookedAfter
      ? child.placements
          .filter((p) => p.startDate < (child.dateLookedAfter as IsoDate))
          .map((p) => issue('FP-PLACEMENT-BEFORE-CARE', 'DECOM', 'A placement starts before the date the child became looked after.', p.startDate))
      : [],
  'FP-PLACEMENT-AFTER-CARE': ({ child }) => {
    const ceased = child.dateCeasedLookedAfter;
    if (!ceased) return [];
    return child.placements
      .filter((p) => p.endDate === null || p.endDate > ceased)
      .map((p) => issue('FP-PLACEMENT-AFTER-CARE', 'DEC', 'A placement is still open (or ends) after the child ceased to be looked after: end it on the date care ended.', p.startDate));
  },
  '142': ({ child }) => {
    const sorted = [...child.placements].sort((a, b) => compareDates(a.startDate, b.startDate));
    return sorted
      .slice(0, -1)
      .filter((p) => p.endDate === null)
      .map((p) => issue('142', 'DEC', 'A new placement has started but the previous one has not ended: only one placement (episode) may be open.', p.startDate));
  },
  '501': ({ child }) => {
    const sorted = [...child.placements].sort((a, b) => compareDates(a.startDate, b.startDate));
    return sorted.slice(1).flatMap((p, i) => {
      const prev = sorted[i];
      return prev.endDate !== null && p.startDate < prev.endDate
        ? [issue('501', 'DECOM', `A placement starts on ${p.startDate}, before the previous placement ended on ${prev.endDate}: placements must not overlap.`, p.startDate)]
        : [];
    });
  },
  'FP-LEGAL-OVERLAP': ({ child }) => {
    const sorted = child.legalStatuses.filter((l) => LS_BY_STATUS[l.status]).sort((a, b) => compareDates(a.startDate, b.startDate));
    return sorted.slice(1).flatMap((l, i) => {
      const prev = sorted[i];
      return prev.endDate === null || l.startDate < prev.endDate
        ? [issue('FP-LEGAL-OVERLAP', 'LS', `The legal status starting ${l.startDate} overlaps the one before it: end the earlier status when the new one starts.`, l.startDate)]
        : [];
    });
  },
  'FP-NOT-LOOKED-AFTER-ORDER': ({ child }) =>
    child.legalStatuses
      .filter((l) => !LS_BY_STATUS[l.status] && child.dateLookedAfter && l.startDate >= child.dateLookedAfter)
      .filter((l) => child.dateCeasedLookedAfter === null || l.startDate < child.dateCeasedLookedAfter)
      .map((l) =>
        issue('FP-NOT-LOOKED-AFTER-ORDER', 'LS', `A ${l.status.toLowerCase().replace(/_/g, ' ')} starts while the child is still recorded as looked after: record the date care ended.`, l.startDate),
      ),
  'FP-CARE-ORDER-AGE': (ctx) =>
    ctx.child.legalStatuses
      .filter((l) => ['INTERIM_CARE_ORDER', 'FULL_CARE_ORDER', 'PLACEMENT_ORDER'].includes(l.status) && age(ctx, l.startDate) >= 17)
      .map((l) => issue('FP-CARE-ORDER-AGE', 'LS', 'A care or placement order cannot be made for a child aged 17 or over (Children Act 1989 s31(3)).', l.startDate)),

  // The episodes as they will be returned.
  '144': (ctx) =>
    each(ctx, (e) =>
      includes(LS_CODES, e.LS) ? null : issue('144', 'LS', 'No looked-after legal status (section 20, interim or full care order, placement order) covers this episode.', e.DECOM),
    ),
  '146': (ctx) =>
    each(ctx, (e) =>
      e.PLACE === null
        ? issue('146', 'PLACE', 'No placement covers this episode: record where the child lived.', e.DECOM)
        : includes(placeCodesFor(ctx.codeYear), e.PLACE)
          ? null
          : issue('146', 'PLACE', `The placement type ${e.PLACE} is not valid in the ${ctx.codeYear - 1}/${String(ctx.codeYear).slice(2)} return.`, e.DECOM),
    ),
  '218': (ctx) =>
    each(ctx, (e) =>
      e.PLACE !== null && !includes(PLACE_WITHOUT_URN, e.PLACE) && !e.URN
        ? issue('218', 'URN', "The placement has no Ofsted URN: record the provider's Ofsted number, or XXXXXXX if it has none.", e.DECOM)
        : null,
    ),
  '553': (ctx) =>
    ctx.child.adoptionDecisionOn === null && ctx.episodes.some((e) => e.LS === 'E1')
      ? [issue('553', 'DATE_PLACED', 'A placement order was made, but the decision that the child should be placed for adoption is not recorded.', ctx.episodes.find((e) => e.LS === 'E1')!.DECOM)]
      : [],
  // Missing and away periods against the episodes, last year's return and the reason care ended.
  '575': (ctx) =>
    ctx.missing
      .filter((m) => m.endDate === null && ctx.episodes.some((e) => e.DEC !== null && e.DECOM <= m.startDate && m.startDate <= e.DEC))
      .map((m) => issue('575', 'MIS_END', 'The placement the child went missing from has ended, but the missing or away period has no end: record when the child came back.', m.startDate)),
  '576': (ctx) => {
    const open = ctx.previousMissing ? missingCarriedOver(ctx.previousMissing, ctx.missing) : null;
    return open ? [issue('576', 'MIS_START', 'A missing or away period was still open at the end of last year’s return but is not the first period in this year’s: it must carry on with the same start.', open.startDate)] : [];
  },
  '577': (ctx) => {
    if (ctx.episodes.length === 0) return [];
    const careStart = ctx.episodes[0].DECOM;
    const careEnd = ctx.episodes[ctx.episodes.length - 1].DEC;
    return ctx.missing
      .filter((m) => missingOutsideCare(m, careStart, careEnd))
      .map((m) =>
        issue('577', 'MIS_END', m.endDate === null && careEnd !== null ? 'The child has ceased to be looked after, but a missing or away period has no end: record when it ended.' : 'The missing or away period does not fall within the child’s period of care.', m.startDate),
      );
  },
  '580': (ctx) => {
    const eighteen = addYears(ctx.child.dateOfBirth, 18);
    return each(ctx, (e) =>
      e.DEC === eighteen && e.REC !== 'E8' && ctx.missing.some((m) => m.endDate === eighteen)
        ? issue('580', 'REC', 'The young person was missing when they ceased to be looked after at 18: the reason care ended must be E8 (any other reason).', e.DEC)
        : null,
    );
  },
  // AD1, for a child adopted in the year: every item, from the adoption decision and the match in family finding.
  '601': (ctx) => {
    if (ctx.yearEnd === null) return [];
    const adoption = adoptedInYear(ctx.episodes, collectionYear(ctx.codeYear));
    if (!adoption) return [];
    const row = ad1Row(ctx.child, adoption);
    const why: Record<string, string> = {
      DATE_INT: 'the decision that the child should be placed for adoption',
      DATE_MATCH: 'the day the match with the adopters was approved (family finding)',
      FOSTER_CARE: 'the adoptive placement',
      SEX_ADOPTR: 'who the adopters are (family finding)',
      LS_ADOPTR: 'the adopters’ legal status (family finding)',
    };
    const missing = Object.keys(why).filter((k) => row[k] === '');
    return missing.length === 0 ? [] : [issue('601', missing[0], `The child was adopted in the year: record ${missing.map((k) => why[k]).join(', ')}.`, adoption.DEC)];
  },
  '333': ({ child }) =>
    child.adoptionDecisionOn && child.adoptionMatch?.matchedOn && child.adoptionDecisionOn > child.adoptionMatch.matchedOn
      ? [issue('333', 'DATE_INT', 'The match with the adopters was approved before the decision that the child should be placed for adoption.', child.adoptionMatch.matchedOn)]
      : [],
  '331': (ctx) =>
    each(ctx, (e) => {
      const matched = ctx.child.adoptionMatch?.matchedOn;
      return includes(REC_ADOPTED, e.REC) && matched && matched > e.DECOM ? issue('331', 'DATE_MATCH', 'The child was placed with the adopters before the match was approved.', e.DECOM) : null;
    }),
  '371': (ctx) =>
    each(ctx, (e) =>
      e.PLACE === 'K3' && age(ctx, e.DECOM) < SUPPORTED_ACCOMMODATION_MIN_AGE
        ? issue('371', 'PLACE', 'Supported accommodation (semi-independent living or lodgings) is only for young people of 16 and over.', e.DECOM)
        : null,
    ),
  '529': (ctx) =>
    each(ctx, (e) =>
      e.PLACE_PROVIDER === 'PR3' && e.PLACE !== null && /^(A[3-6]|K[12]|P1|U[1-6])$/.test(e.PLACE)
        ? issue('529', 'PLACE_PROVIDER', `Another public body (PR3) cannot provide a ${e.PLACE} placement.`, e.DECOM)
        : null,
    ),
  // The DfE works PL_LA out from the placement's postcode; the record says whether the placement is in the council's area.
  '1015': (ctx) =>
    each(ctx, (e) =>
      e.PLACE_PROVIDER === 'PR1' && e.PLACE !== null && e.LS !== null && !OWN_PROVISION_ANYWHERE.test(e.PLACE) && e.LS !== 'V3' && e.LS !== 'V4' && e.placement?.inArea === false
        ? issue(
            '1015',
            'PL_LA',
            `Placement provider is own provision but child not placed in own LA: a ${e.PLACE} placement outside the council's area is not its own provision; record who provides it (PR2 to PR5), or that it is in the area.`,
            e.DECOM,
          )
        : null,
    ),
  '178': (ctx) =>
    each(ctx, (e) =>
      e.PLACE && !includes(PROVIDER_CODES, e.PLACE_PROVIDER) ? issue('178', 'PLACE_PROVIDER', 'The placement provider (PR0 to PR5) is missing or not valid.', e.DECOM) : null,
    ),
  '550': (ctx) =>
    each(ctx, (e) =>
      e.PLACE_PROVIDER === 'PR0' && e.PLACE !== 'P1' ? issue('550', 'PLACE_PROVIDER', 'Provider PR0 (parents) can only go with placement type P1 (placed with parents).', e.DECOM) : null,
    ),
  '149': (ctx) =>
    each(ctx, (e) =>
      e.DEC !== null && !includes(REC_CODES, e.REC) ? issue('149', 'REC', 'The reason the episode ceased is missing or not a valid code: record why care ended on the last placement.', e.DEC) : null,
    ),
  '225': (ctx) =>
    each(ctx, (e, i) => {
      const next = ctx.episodes[i + 1];
      const moved = next !== undefined && next.placement?.id !== e.placement?.id && e.REC === 'X1';
      return moved && e.REASON_PLACE_CHANGE === null
        ? issue('225', 'REASON_PLACE_CHANGE', 'The child moved placement but the reason for the placement change is not recorded.', e.DEC)
        : null;
    }),
  '1009': (ctx) =>
    each(ctx, (e) =>
      e.REASON_PLACE_CHANGE !== null && !includes(PLACE_CHANGE_CODES, e.REASON_PLACE_CHANGE)
        ? issue('1009', 'REASON_PLACE_CHANGE', `The reason for the placement change "${e.REASON_PLACE_CHANGE}" is not a valid code.`, e.DEC)
        : null,
    ),
  '359': (ctx) =>
    each(ctx, (e) => {
      const eighteen = addYears(ctx.child.dateOfBirth, 18);
      const openAfter18 = e.DECOM >= eighteen || (e.DEC === null && ctx.yearEnd !== null && eighteen < ctx.yearEnd);
      return openAfter18 && !(e.LS === 'V2' && e.PLACE === 'K2')
        ? issue('359', 'LS', 'A young person looked after after their 18th birthday must be accommodated under section 20(5) (V2) in a community home (K2).', e.DECOM)
        : null;
    }),
  '378': (ctx) =>
    each(ctx, (e) => (e.PLACE === 'P1' && e.LS === 'V2' ? issue('378', 'PLACE', 'A child placed with parents cannot be looked after under section 20 (V2).', e.DECOM) : null)),
  '386': (ctx) =>
    each(ctx, (e) =>
      e.DEC && includes(REC_ADOPTED, e.REC) && age(ctx, e.DEC) >= 18 ? issue('386', 'REC', 'The episode ended in adoption, but the child had reached 18.', e.DEC) : null,
    ),
  '387': (ctx) =>
    each(ctx, (e) =>
      e.DEC && includes(REC_INDEPENDENT_LIVING, e.REC) && age(ctx, e.DEC) < 14 ? issue('387', 'REC', 'The child moved to independent living but was under 14.', e.DEC) : null,
    ),
  '407': (ctx) =>
    each(ctx, (e) =>
      e.DEC && includes(REC_SPECIAL_GUARDIANSHIP, e.REC) && age(ctx, e.DEC) >= 18 ? issue('407', 'REC', 'The episode ended with a special guardianship order, but the child had reached 18.', e.DEC) : null,
    ),

  // Health outcomes (OC2), asked of children looked after continuously for 12 months at 31 March.
  // OC3: each birthday (17 to 21) in the year after the young person left care is recorded (131; 344, 345 and 3001 are checked on save).
  '131': ({ child, allEpisodes, yearEnd, codeYear, today }) => {
    if (!yearEnd) return [];
    const year = collectionYear(codeYear);
    const birthdays = oc3BirthdaysInYear(child.dateOfBirth, child.dateCeasedLookedAfter, year);
    if (birthdays.length === 0 || !isCareLeaver(child.dateOfBirth, allEpisodes, year.end)) return [];
    return birthdays
      .filter((age) => !child.careLeaverBirthdays.some((b) => b.age === age) && !(today && addYears(child.dateOfBirth, age) > today))
      .map((age) => issue('131', 'IN_TOUCH', `Record whether the council is in touch with the young person, and their activity and accommodation, at their ${ordinal(age)} birthday.`, addYears(child.dateOfBirth, age)));
  },
  '191': (ctx) => {
    if (ctx.yearEnd === null) return [];
    const year = collectionYear(ctx.codeYear);
    if (!continuouslyLookedAfter(ctx.episodes, year) || ctx.child.healthOutcomes.some((h) => h.year === year.year)) return [];
    return [issue('191', 'IMMUNISATIONS', `The child has been looked after for 12 months at 31 March ${year.year}: record their health outcomes for ${year.year - 1}/${String(year.year).slice(2)}.`, year.end)];
  },
  ...Object.fromEntries(OC2_RULES.map((code) => [code, oc2Rule(code)])),

  // Deprivation of liberty orders (the DoLo table, from 2026/27).
  ...Object.fromEntries(DOLO_RULES.map((code) => [code, doloRule(code)])),
  // Previous permanence (prev_perm), asked of a child whose period of care began in the year, or on the record once it is recorded.
  '630': (ctx) =>
    withPrevPerm(ctx, (row) =>
      /^P[1-4]$/.test(row.PREV_PERM) && (row.LA_PERM === '' || row.DATE_PERM === '')
        ? [issue('630', row.LA_PERM === '' ? 'LA_PERM' : 'DATE_PERM', 'The child was adopted or under an order before this period of care: record the local authority that made the order and its date (ZZ for a day or month not known).')]
        : [],
    ),
  '631': (ctx) =>
    withPrevPerm(ctx, (row) =>
      isPreviousPermanence(row.PREV_PERM) ? [] : [issue('631', 'PREV_PERM', `The previous permanence option "${row.PREV_PERM}" is not a valid code (P1 to P4, Z1).`)],
    ),
  '632': (ctx) =>
    withPrevPerm(ctx, (row) => {
      const held = ctx.child.previousPermanenceDate;
      if (!held) return [];
      const range = partialDateRange(held);
      const start = ctx.child.dateLookedAfter ?? ctx.episodes[0]?.DECOM ?? null;
      if (range && (start === null || range.latest < start)) return [];
      return [issue('632', 'DATE_PERM', range ? `The previous order's date (${row.DATE_PERM}) must be before the period of care began; with ZZ, its last possible day must be.` : `The previous order's date "${held}" is not a valid date (DD/MM/YYYY, ZZ for a day or month not known).`, start)];
    }),
  '633': (ctx) =>
    withPrevPerm(ctx, (row) =>
      row.LA_PERM !== '' && !isPermanenceAuthority(row.LA_PERM) ? [issue('633', 'LA_PERM', `"${row.LA_PERM}" is not a local authority code the DfE knows, nor WAL, SCO, NIR or NUK.`)] : [],
    ),
  '635': (ctx) =>
    withPrevPerm(ctx, (row) =>
      (row.LA_PERM !== '' || row.DATE_PERM !== '') && !/^P[1-4]$/.test(row.PREV_PERM)
        ? [issue('635', 'PREV_PERM', `A previous order's authority or date is recorded but the previous permanence option is ${row.PREV_PERM}: choose P1 to P4, or remove them.`)]
        : [],
    ),

  // Reviews.
  '167': ({ reviews }) =>
    reviews.filter((r) => !includes(REVIEW_CODES, r.participation)).map((r) => issue('167', 'REVIEW_CODE', "The review has no valid participation code (PN0 to PN7): record how the child took part.", r.heldOn)),
  '440': (ctx) =>
    ctx.reviews
      .filter((r) => r.participation === 'PN0' && age(ctx, r.heldOn) >= 4)
      .map((r) => issue('440', 'REVIEW_CODE', 'PN0 says the child was under 4 at the review, but they were 4 or over.', r.heldOn)),
  '441': (ctx) =>
    ctx.reviews
      .filter((r) => includes(REVIEW_CODES, r.participation) && r.participation !== 'PN0' && age(ctx, r.heldOn) < 4)
      .map((r) => issue('441', 'REVIEW_CODE', 'The child was under 4 at the review, so the participation code must be PN0.', r.heldOn)),
  'FP-REVIEW-OUTSIDE': ({ child, reviews }) =>
    reviews
      .filter((r) => !child.dateLookedAfter || r.heldOn < child.dateLookedAfter || (child.dateCeasedLookedAfter !== null && r.heldOn > child.dateCeasedLookedAfter))
      .map((r) => issue('FP-REVIEW-OUTSIDE', 'REVIEW', 'A review is recorded on a day the child was not looked after: it must fall inside an episode.', r.heldOn)),
};

/**
 * Every rule the child's record fails: for one collection year (the episodes
 * and reviews it reports), or without a year for the whole current period of
 * care, as shown continuously on the child's record (with the code lists of
 * `recordYear`, the collection year the caller's today falls in).
 */
const ordinal = (n: number) => `${n}${n >= 11 && n <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** `all`: the child's episodes, when the caller has already derived them (the export does, once per child). */
export function validateChild(
  child: Ssda903Child,
  year?: CollectionYear,
  recordYear: number = LATEST_CODE_YEAR,
  today?: IsoDate,
  all: readonly Episode[] = deriveEpisodes(child),
): Ssda903Issue[] {
  const episodes = year ? episodesInYear(all, year) : all;
  // A care leaver not looked after in the year is in the return for OC3 only.
  if (year && episodes.length === 0) return SSDA903_RULES['131']({ child, allEpisodes: all, episodes, reviews: [], yearEnd: year.end, codeYear: year.year, previousYear: null, today, missing: [], previousMissing: null, dolos: [], previousDolos: null });
  const reviews = year ? child.reviews.filter((r) => r.heldOn >= year.start && r.heldOn <= year.end) : child.reviews;
  const ctx: Context = {
    child,
    allEpisodes: all,
    episodes,
    reviews,
    yearEnd: year?.end ?? null,
    today,
    codeYear: year?.year ?? recordYear,
    previousYear: year ? episodesInYear(all, collectionYear(year.year - 1)) : null,
    missing: year ? missingInYear(child, year) : child.missingEpisodes,
    previousMissing: year ? missingInYear(child, collectionYear(year.year - 1)) : null,
    dolos: year ? dolosInYear(child, year) : child.deprivationOfLibertyOrders,
    previousDolos: year && year.year - 1 >= DOLO_FROM_YEAR ? dolosInYear(child, collectionYear(year.year - 1)) : null,
  };
  const sw = year ? swIssues({ sw: swEpisodesInYear(child.socialWorkerEpisodes, year), episodes, year }) : [];
  return [...Object.values(SSDA903_RULES).flatMap((rule) => rule(ctx)), ...sw];
}
