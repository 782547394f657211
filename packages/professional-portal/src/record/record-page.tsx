import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { collectionYearContaining, DOLO_AUTHORISED_BY_LABELS, INTENDED_DURATION_LABELS, LEGAL_STATUS_LABELS, PLACEMENT_TYPE_LABELS, SDQ_REASON_LABELS, TRUSTED_ADULT_ROLE_LABELS, type DoloAuthorisedBy, type SdqReason } from '@forever-planning/shared';
import { BackLink, ButtonLink, NotificationBanner, SummaryCard, SummaryList, Tag, UiLink, WarningText } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { useSavedBanner } from '../common/saved-banner';
import { usePageTitle } from '../common/use-page-title';
import { ChildRecordNav } from '../children/child-record-nav';
import { ChildRecordSectionsDocument, RemoveNetworkRelationshipDocument, type ChildRecordSectionsQuery } from '../gql/graphql';
import { Genogram, GenogramList } from './genogram';
import { groupSummary } from './sibling-group-page';
import { collectionYearName } from './health-outcomes-page';
import { areaSlug, FAMILY_TIME_LABELS, NETWORK_KIND_LABELS, NETWORK_RELATIONSHIP_LABELS, PLACE_CHANGE_REASON_LABELS, PROVIDER_LABELS, SIBLING_RELATIONSHIP_LABELS, TOGETHER_APART_LABELS } from './record-labels';
import { birthdayAt, careLeaverBirthdaysDue } from './leaving-care-page';
import { showsLeavingCare } from './leaving-care-shown';
import { AFTER_EIGHTEEN_NAMES, OC3_ACCOMMODATION_NAMES, OC3_ACTIVITY_NAMES, OC3_IN_TOUCH_NAMES, type AfterEighteen, type Oc3AccommodationKind, type Oc3Activity, type Oc3InTouch } from '@forever-planning/shared';
import { withoutFullStop } from '../common/sentences';
import { say } from '../i18n/i18n';

type Child = NonNullable<ChildRecordSectionsQuery['child']>;

/** What a section needs to draw its controls: the child, and whether this person may change the case (the server still decides). */
interface SectionProps {
  child: Child;
  editable: boolean;
}

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** A small text link for one item's action, its purpose completed for screen readers. */
function ItemAction({ href, text, hidden }: { href: string; text: string; hidden: string }) {
  return (
    <UiLink href={href} className="govuk-link govuk-body-s">
      {text}
      <span className="govuk-visually-hidden"> {hidden}</span>
    </UiLink>
  );
}

/** Placements, legal status, brothers and sisters, family and network, and the matching record. */
export function RecordPage() {
  const { id = '' } = useParams();
  const saved = useSavedBanner((state) => (state as { saved?: string } | null)?.saved);
  // Fresh on every visit: the forms change these sections and come back here.
  const { data, loading, error } = useQuery(ChildRecordSectionsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const child = data?.child;
  usePageTitle(child ? say('record.recordPage.placementsFamilyAndMore', { displayName: child.displayName }) : say('record.recordPage.placementsFamilyAndMore2'));
  if (loading && !child) return <Loading what={say('record.recordPage.loadingTheRecord')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('record.recordPage.theRecordCouldNot')} />;
  const editable = child.abilities.canEdit;
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{say('record.recordPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('record.recordPage.placementsFamilyAndMore2')}</h1>
      <ChildRecordNav childId={child.id} current="record" />
      {saved && <NotificationBanner type="success" heading={saved} />}
      <Placements child={child} editable={editable} />
      <LegalStatus child={child} editable={editable} />
      <HealthOutcomes child={child} editable={editable} today={data.today} />
      <MissingEpisodes child={child} editable={editable} />
      <DeprivationOfLiberty child={child} editable={editable} />
      {showsLeavingCare(child, data.today) && <LeavingCare child={child} editable={editable} today={data.today} />}
      <BrothersAndSisters child={child} editable={editable} />
      <FamilyNetwork child={child} editable={editable} />
      <Matching child={child} editable={editable} />
    </>
  );
}

function Placements({ child, editable }: SectionProps) {
  const moves = child.placementMovesInLast12Months;
  const newestFirst = [...child.placements].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="placements">
      <h2 className="govuk-heading-m" id="placements">
        {say('record.recordPage.placements')}
      </h2>
      {moves >= 3 ? (
        <WarningText>{say('record.recordPage.placementMovesInThe', { moves: String(moves) })}</WarningText>
      ) : (
        <p className="govuk-body">
          <strong>{moves}</strong>{' '}{say('record.recordPage.placementMovesInLast', { count: moves })}
        </p>
      )}
      {editable && <ButtonLink href={`/children/${child.id}/record/placements/move`}>{child.currentPlacement ? say('record.recordPage.recordAPlacementMove') : say('record.recordPage.recordAPlacement')}</ButtonLink>}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">{say('record.recordPage.noPlacementsAreRecorded')}</p>
      ) : (
        <ol className="govuk-list fp-timeline" aria-label={say('record.recordPage.placementsNewestFirst')}>
          {newestFirst.map((p) => (
            <li key={p.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {PLACEMENT_TYPE_LABELS[p.type]}: {p.carerName} {p.id === child.currentPlacement?.id && <Tag colour="green">{say('record.recordPage.now')}</Tag>}
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-1">
                {say('record.recordPage.to', { startDate: formatDate(p.startDate) })}{' '}{p.endDate ? formatDate(p.endDate) : say('record.recordPage.now2')}
                {p.inArea ? say('record.recordPage.inTheCouncilsArea') : say('record.recordPage.outOfArea')}
                {p.postcode ? ` (${p.postcode})` : ''}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {say('record.recordPage.aWeek', { provider: p.provider ? PROVIDER_LABELS[p.provider] ?? p.provider : say('record.recordPage.providerNotRecorded'), weeklyCost: money.format(p.weeklyCost) })}
              </p>
              {p.reasonForChange && (
                <p className="govuk-body-s govuk-!-margin-bottom-1">{say('record.recordPage.reasonForTheMove')}{' '}{PLACE_CHANGE_REASON_LABELS[p.reasonForChange] ?? p.reasonForChange}</p>
              )}
              {p.changeNotes && <p className="govuk-body-s fp-pre-line">{p.changeNotes}</p>}
              <ChildKnows placement={p} current={p.id === child.currentPlacement?.id} />
              {editable && <ItemAction href={`/children/${child.id}/record/placements/${p.id}`} text={say('record.recordPage.changeDetails')} hidden={say('record.recordPage.ofThePlacementWith', { carerName: p.carerName, startDate: formatDate(p.startDate) })} />}
              {editable && (p.id === child.currentPlacement?.id || p.intendedDuration || p.movePlannedFor) && (
                <>
                  {' '}
                  <ItemAction href={`/children/${child.id}/record/placements/${p.id}/child-knows`} text={say('record.recordPage.howLongAndMoving')} hidden={say('record.recordPage.whatTheChildKnows', { carerName: p.carerName })} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * How long the plan is for the child to live here and a planned move, with a
 * warning where the child has not been told, or has not met carers they do
 * not know (Bolton's children's asks, 1.3).
 */
function ChildKnows({ placement: p, current }: { placement: Child['placements'][number]; current: boolean }) {
  if (!p.intendedDuration && !p.movePlannedFor) return null;
  const introduced = p.newCarerAlreadyKnown || p.childMetNewCarerOn !== null;
  return (
    <>
      {p.intendedDuration && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          {say('record.recordPage.howLong', { duration: INTENDED_DURATION_LABELS[p.intendedDuration], until: p.intendedUntil ? ` (${formatDate(p.intendedUntil)})` : '' })}
        </p>
      )}
      {p.movePlannedFor && (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {say('record.recordPage.movePlannedFor', { movePlannedFor: formatDate(p.movePlannedFor), value: p.moveToCarerName ? say('record.recordPage.to2', { moveToCarerName: p.moveToCarerName }) : '' })}
            {p.childToldOfMoveOn ? say('record.recordPage.toldOn', { childToldOfMoveOn: formatDate(p.childToldOfMoveOn) }) : ''}
            {p.newCarerAlreadyKnown ? say('record.recordPage.theChildAlreadyKnows') : p.childMetNewCarerOn ? say('record.recordPage.metTheNewCarers', { childMetNewCarerOn: formatDate(p.childMetNewCarerOn) }) : ''}
          </p>
          {current && !p.childToldOfMoveOn && <WarningText>{say('record.recordPage.theChildHasNot')}</WarningText>}
          {current && !introduced && <WarningText>{say('record.recordPage.theChildHasNot2')}</WarningText>}
        </>
      )}
    </>
  );
}

function LegalStatus({ child, editable }: SectionProps) {
  const newestFirst = [...child.legalStatuses].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="legal-status">
      <h2 className="govuk-heading-m" id="legal-status">
        {say('record.recordPage.legalStatus')}
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/legal-status/new`}>
          {say('record.recordPage.recordAChangeIn')}
        </ButtonLink>
      )}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">{say('record.recordPage.noLegalStatusIs')}</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((s) => ({
            key: LEGAL_STATUS_LABELS[s.status],
            value: say('record.recordPage.legalStatusFrom', { label: s.label !== LEGAL_STATUS_LABELS[s.status] ? `${s.label}: ` : '', startDate: formatDate(s.startDate), end: s.endDate ? say('record.recordPage.to3', { endDate: formatDate(s.endDate) }) : say('record.recordPage.current') }),
            actions: editable
              ? [{ href: `/children/${child.id}/record/legal-status/${s.id}`, text: say('record.recordPage.correct'), visuallyHiddenText: say('record.recordPage.from', { status: LEGAL_STATUS_LABELS[s.status].toLowerCase(), startDate: formatDate(s.startDate) }) }]
              : undefined,
          }))}
        />
      )}
    </section>
  );
}

const yes = (b: boolean | null | undefined, what: string) => (b === true ? what : b === false ? say('record.recordPage.no', { what }) : null);

/** One year's answers in a line a reader can scan. */
function healthSummary(h: Child['healthOutcomes'][number]): string {
  const sdq = h.sdqScore !== null ? say('record.recordPage.sdqScore', { sdqScore: String(h.sdqScore) }) : h.sdqReason ? say('record.recordPage.noSdqScore', { reason: SDQ_REASON_LABELS[h.sdqReason as SdqReason]?.toLowerCase() ?? h.sdqReason }) : null;
  const misuse = h.substanceMisuse ? say('record.recordPage.substanceMisuseIdentified', { value: h.interventionReceived ? say('record.recordPage.interventionReceived') : h.interventionOffered ? say('record.recordPage.interventionOffered') : say('record.recordPage.noIntervention') }) : say('record.recordPage.noSubstanceMisuse');
  const parts = [
    sdq,
    yes(h.immunisations, say('record.recordPage.immunisationsUpToDate')),
    yes(h.teethCheck, say('record.recordPage.dentalCheck')),
    yes(h.healthAssessment, say('record.recordPage.healthAssessment')),
    yes(h.healthCheck, say('record.recordPage.developmentAssessmentsUpTo')),
    h.convicted === null ? null : h.convicted ? say('record.recordPage.convictedOfAnOffence') : say('record.recordPage.noConvictions'),
    misuse,
  ].filter((p): p is string => p !== null);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const interviewWords = (m: Child['missingEpisodes'][number]): string =>
  m.returnInterviewOffered === null
    ? say('record.recordPage.returnInterviewNotRecorded')
    : !m.returnInterviewOffered
      ? say('record.recordPage.noReturnInterviewOffered')
      : m.returnInterviewAccepted === true
        ? say('record.recordPage.returnInterviewOfferedAnd')
        : m.returnInterviewAccepted === false
          ? say('record.recordPage.returnInterviewOfferedNot')
          : say('record.recordPage.returnInterviewOffered');

/** Periods the child was missing or away from placement without permission, newest first, with the return interview. */
function MissingEpisodes({ child, editable }: SectionProps) {
  const newestFirst = [...child.missingEpisodes].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="missing">
      <h2 className="govuk-heading-m" id="missing">
        {say('record.recordPage.missingOrAwayFrom')}
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/missing/new`}>
          {say('record.recordPage.recordAPeriodMissing')}
        </ButtonLink>
      )}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">{say('record.recordPage.noPeriodsMissingOr')}</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((m) => {
            const what = m.kind === 'A' ? say('record.recordPage.awayFromPlacement') : say('record.recordPage.missing');
            return {
              key: what,
              value: m.endDate
                ? say('record.recordPage.fromTo', { startDate: formatDate(m.startDate), endDate: formatDate(m.endDate), interview: interviewWords(m) })
                : say('record.recordPage.sinceNotBackYet', { startDate: formatDate(m.startDate) }),
              actions: editable
                ? [{ href: `/children/${child.id}/record/missing/${m.id}`, text: say('record.recordPage.change'), visuallyHiddenText: say('record.recordPage.from2', { what: what.toLowerCase(), startDate: formatDate(m.startDate) }) }]
                : undefined,
            };
          })}
        />
      )}
    </section>
  );
}

/** Deprivation of liberty orders (returned to the DfE from 2026/27), newest first. */
function DeprivationOfLiberty({ child, editable }: SectionProps) {
  const newestFirst = [...child.deprivationOfLibertyOrders].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="deprivation-of-liberty">
      <h2 className="govuk-heading-m" id="deprivation-of-liberty">
        {say('record.recordPage.deprivationOfLiberty')}
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/deprivation-of-liberty/new`}>
          {say('record.recordPage.recordADeprivationOf')}
        </ButtonLink>
      )}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">{say('record.recordPage.noDeprivationOfLiberty')}</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((o) => ({
            key: o.authorisedBy ? (DOLO_AUTHORISED_BY_LABELS[o.authorisedBy as DoloAuthorisedBy] ?? o.authorisedBy) : say('record.recordPage.deprivationOfLibertyOrder'),
            value: o.endDate ? say('record.recordPage.fromTo2', { startDate: formatDate(o.startDate), endDate: formatDate(o.endDate) }) : say('record.recordPage.sinceInForce', { startDate: formatDate(o.startDate) }),
            actions: editable
              ? [{ href: `/children/${child.id}/record/deprivation-of-liberty/${o.id}`, text: o.endDate ? say('record.recordPage.change') : say('record.recordPage.endOrChange'), visuallyHiddenText: say('record.recordPage.theOrderFrom', { startDate: formatDate(o.startDate) }) }]
              : undefined,
          }))}
        />
      )}
    </section>
  );
}

/**
 * Health outcomes by collection year: every year the child was looked after
 * from 1 April to 31 March, and the year in progress, plus any year recorded.
 */
function HealthOutcomes({ child, editable, today }: SectionProps & { today: string }) {
  const current = collectionYearContaining(today);
  const years = new Set(child.healthOutcomes.map((h) => h.year));
  if (child.dateLookedAfter) {
    const ceased = child.dateCeasedLookedAfter;
    for (let y = collectionYearContaining(child.dateLookedAfter) + 1; y <= current; y++) {
      if (!ceased || ceased >= `${y}-03-31`) years.add(y);
    }
  }
  const newestFirst = [...years].sort((a, b) => b - a);
  return (
    <section aria-labelledby="health">
      <h2 className="govuk-heading-m" id="health">
        {say('record.recordPage.healthOutcomes')}
      </h2>
      <p className="govuk-body">{say('record.recordPage.recordedEachYearFor')}</p>
      {newestFirst.length === 0 ? (
        <p className="govuk-body">{say('record.recordPage.theChildHasNot3')}</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((y) => {
            const h = child.healthOutcomes.find((x) => x.year === y);
            return {
              key: collectionYearName(y),
              value: h ? healthSummary(h) : say('record.recordPage.notRecorded'),
              actions: editable
                ? [{ href: `/children/${child.id}/record/health/${y}`, text: h ? say('record.recordPage.change') : say('record.recordPage.record'), visuallyHiddenText: say('record.recordPage.healthOutcomesFor', { y: collectionYearName(y) }) }]
                : undefined,
            };
          })}
        />
      )}
    </section>
  );
}

function LeavingCare({ child, editable, today }: SectionProps & { today: string }) {
  const r = child.leavingCare;
  const due = child.pathwayPlanDue;
  const birthdays = careLeaverBirthdaysDue(child, today);
  const change = (hidden: string) => (editable ? [{ href: `/children/${child.id}/record/leaving-care`, text: r ? say('record.recordPage.change') : say('record.recordPage.record'), visuallyHiddenText: hidden }] : undefined);
  return (
    <section aria-labelledby="leaving-care">
      <h2 className="govuk-heading-m" id="leaving-care">
        {say('record.recordPage.leavingCare')}
      </h2>
      {due && (
        <p className="govuk-body">
          {due.overdue && <Tag colour="red">{say('record.recordPage.overdue')}</Tag>} {say('record.recordPage.dueBy', { label: due.label, dueDate: formatDate(due.dueDate) })}
        </p>
      )}
      <SummaryList
        rows={[
          {
            key: say('record.recordPage.pathwayPlan'),
            value: r?.pathwayPlanAgreedOn
              ? say('record.recordPage.agreed', { pathwayPlanAgreedOn: formatDate(r.pathwayPlanAgreedOn), value: r.pathwayPlanReviewedOn ? say('record.recordPage.lastReviewed', { pathwayPlanReviewedOn: formatDate(r.pathwayPlanReviewedOn) }) : '' })
              : say('record.recordPage.notAgreedYet'),
            actions: change(say('record.recordPage.thePathwayPlan')),
          },
          {
            key: say('record.recordPage.personalAdviser'),
            value: r?.personalAdviserName ? [r.personalAdviserName, r.personalAdviserPhone, r.personalAdviserEmail].filter(Boolean).join(', ') : say('record.recordPage.noneAllocated'),
            actions: change(say('record.recordPage.thePersonalAdviser')),
          },
          {
            key: say('record.recordPage.after18'),
            value: `${AFTER_EIGHTEEN_NAMES[(r?.afterEighteen ?? 'NOT_DECIDED') as AfterEighteen]}${r?.afterEighteenDetails ? `. ${r.afterEighteenDetails}` : ''}`,
            actions: change(say('record.recordPage.whatHappensAt18')),
          },
          { key: say('record.recordPage.inTheYoungPersons'), value: r?.planInMyWords ?? say('record.recordPage.notWrittenYet'), actions: change(say('record.recordPage.thePlanInThe')) },
        ]}
      />
      {birthdays.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{say('record.recordPage.birthdaysAfterLeavingCare')}</h3>
          <SummaryList
            rows={birthdays.map((age) => {
              const b = child.careLeaverBirthdays.find((x) => x.age === age);
              const words = b
                ? [OC3_IN_TOUCH_NAMES[b.inTouch as Oc3InTouch], b.activity && OC3_ACTIVITY_NAMES[b.activity as Oc3Activity], b.accommodation && `${OC3_ACCOMMODATION_NAMES[b.accommodation.slice(0, 1) as Oc3AccommodationKind]} (${b.accommodation.endsWith('1') ? say('record.recordPage.suitable') : say('record.recordPage.notSuitable')})`]
                    .filter(Boolean)
                    .join('; ')
                : say('record.recordPage.notRecorded');
              return {
                key: say('record.recordPage.birthdayRow', { age: String(age), date: formatDate(birthdayAt(child.dateOfBirth, age)) }),
                value: words,
                actions: editable ? [{ href: `/children/${child.id}/record/leaving-care/birthday/${age}`, text: b ? say('record.recordPage.change') : say('record.recordPage.record'), visuallyHiddenText: say('record.recordPage.theThBirthday', { age: String(age) }) }] : undefined,
              };
            })}
          />
        </>
      )}
    </section>
  );
}

function BrothersAndSisters({ child, editable }: SectionProps) {
  return (
    <section aria-labelledby="siblings">
      <h2 className="govuk-heading-m" id="siblings">
        {say('record.recordPage.brothersAndSisters')}
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/brothers-and-sisters/new`}>
          {say('record.recordPage.linkABrotherOr')}
        </ButtonLink>
      )}
      {child.brothersAndSisters.length === 0 && <p className="govuk-body">{say('record.recordPage.noBrothersOrSisters')}</p>}
      {child.siblingGroup && (
        <div className="govuk-inset-text">
          <p className="govuk-body">{groupSummary(child.siblingGroup)}</p>
          <p className="govuk-body">
            {child.siblingGroup.decision
              ? say('record.recordPage.groupDecision', { decision: TOGETHER_APART_LABELS[child.siblingGroup.decision.outcome].toLowerCase(), decidedOn: formatDate(child.siblingGroup.decision.decidedOn) })
              : say('record.recordPage.noTogetherOrApart')}
            <UiLink href={`/children/${child.id}/record/brothers-and-sisters/group`} className="govuk-link">
              {say('record.recordPage.seeTheWholeGroup')}
            </UiLink>
          </p>
        </div>
      )}
      {child.brothersAndSisters.map((s) => {
        const latest = s.assessments[s.assessments.length - 1];
        const name = `${s.child.firstName}, ${s.child.age}`;
        const link = `/children/${child.id}/record/brothers-and-sisters/${s.id}`;
        const withName = say('record.recordPage.with', { firstName: s.child.firstName });
        return (
          <SummaryCard
            key={s.id}
            title={name}
            actions={
              editable && (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  <li>
                    <ItemAction href={link} text={say('record.recordPage.change')} hidden={say('record.recordPage.theLink', { withName })} />
                  </li>
                  <li>
                    <ItemAction href={`${link}/assessment`} text={say('record.recordPage.recordAnAssessment')} hidden={withName} />
                  </li>
                  <li>
                    <ItemAction href={`${link}/keeping-in-touch/new`} text={say('record.recordPage.addAKeepingIn')} hidden={withName} />
                  </li>
                </ul>
              )
            }
          >
            <SummaryList
              rows={[
                {
                  key: say('record.recordPage.record'),
                  value:
                    s.child.reachable && s.child.id ? (
                      <UiLink href={`/children/${s.child.id}`} className="govuk-link">
                        {say('record.recordPage.openSRecord', { firstName: s.child.firstName })}
                      </UiLink>
                    ) : (
                      say('record.recordPage.outsideYourCaseload')
                    ),
                },
                { key: say('record.recordPage.relationship'), value: say('record.recordPage.brotherOrSister', { relationship: SIBLING_RELATIONSHIP_LABELS[s.relationship] }) },
                { key: say('record.recordPage.living'), value: s.livingTogether ? say('record.recordPage.together') : say('record.recordPage.apart') },
                {
                  key: say('record.recordPage.togetherOrApartAssessment'),
                  value: latest ? say('record.recordPage.assessed', { outcome: TOGETHER_APART_LABELS[latest.outcome], assessedOn: formatDate(latest.assessedOn), reasons: latest.reasons }) : say('record.recordPage.noAssessmentYet'),
                },
                {
                  key: say('record.recordPage.keepingInTouch'),
                  value: s.keepingInTouchPlans.length ? (
                    <ul className="govuk-list">
                      {s.keepingInTouchPlans.map((k) => (
                        <li key={k.id}>
                          {FAMILY_TIME_LABELS[k.kind]}, {k.frequency}
                          {k.arrangements ? `: ${k.arrangements}` : ''}{' '}{say('record.recordPage.agreedBy', { agreedBy: k.agreedBy })}{k.shareableWithChild ? say('record.recordPage.theChildrenCanSee') : ''}{' '}
                          {editable && <ItemAction href={`${link}/keeping-in-touch/${k.id}`} text={say('record.recordPage.change')} hidden={say('record.recordPage.theKeepingInTouch', { withName })} />}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    say('record.recordPage.noKeepingInTouch')
                  ),
                },
              ]}
            />
          </SummaryCard>
        );
      })}
    </section>
  );
}

function FamilyNetwork({ child, editable }: SectionProps) {
  const carerName = child.placements.find((p) => p.id === child.currentPlacement?.id)?.carerName ?? null;
  const [remove] = useMutation(RemoveNetworkRelationshipDocument, { refetchQueries: [ChildRecordSectionsDocument], awaitRefetchQueries: true });
  const [removeError, setRemoveError] = useState<string | null>(null);
  const nameOf = (id: string | null | undefined) => (id ? (child.familyNetwork.find((m) => m.id === id)?.name ?? '') : child.displayName);
  return (
    <section aria-labelledby="network">
      <h2 className="govuk-heading-m" id="network">
        {say('record.recordPage.familyAndNetwork')}
      </h2>
      <h3 className="govuk-heading-s">{say('record.recordPage.familyTreeGenogram')}</h3>
      <p className="govuk-body-s">
        {say('record.recordPage.circlesAreFemaleSquares', { displayName: child.displayName })}
      </p>
      <div className="fp-genogram-wrapper">
        <Genogram child={child} carerName={carerName} />
      </div>
      <h3 className="govuk-heading-s">{say('record.recordPage.theFamilyTreeIn')}</h3>
      <GenogramList child={child} carerName={carerName} />
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/network/relationships/new`}>
          {say('record.recordPage.joinTwoPeopleOn')}
        </ButtonLink>
      )}
      {editable && child.familyRelationships.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{say('record.recordPage.linesOnTheFamily')}</h3>
          {removeError && <p className="govuk-error-message">{removeError}</p>}
          <ul className="govuk-list">
            {child.familyRelationships.map((r) => {
              const words = `${nameOf(r.fromMemberId)}: ${NETWORK_RELATIONSHIP_LABELS[r.kind].toLowerCase()} ${nameOf(r.toMemberId)}`;
              return (
                <li key={r.id}>
                  {words}{' '}
                  <button
                    type="button"
                    className="fp-link-button govuk-body-s"
                    onClick={() => {
                      setRemoveError(null);
                      remove({ variables: { input: { id: r.id, expectedVersion: r.version } } }).catch((e: unknown) => setRemoveError(apiError(e).message));
                    }}
                  >
                    {say('record.recordPage.remove')}<span className="govuk-visually-hidden">{' '}{say('record.recordPage.theLine', { words })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3 className="govuk-heading-s">{say('record.recordPage.thePeopleInThe')}</h3>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/network/new`}>
          {say('record.recordPage.addSomeone')}
        </ButtonLink>
      )}
      {child.familyNetwork.length === 0 ? (
        <p className="govuk-body">{say('record.recordPage.noFamilyOrNetwork')}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {child.familyNetwork.map((m) => (
            <li key={m.id}>
              {m.name}: {m.relationship} ({NETWORK_KIND_LABELS[m.kind]}{m.trustedAdultRole ? `, ${TRUSTED_ADULT_ROLE_LABELS[m.trustedAdultRole].toLowerCase()}` : ''})
              {m.shownToChild ? say('record.recordPage.shownOnTheChilds') : ''}
              {m.consideredAsCarer ? say('record.recordPage.consideredAsACarer', { value: m.carerAssessmentOutcome ? `: ${withoutFullStop(m.carerAssessmentOutcome)}` : '' }) : ''}
              {[m.phone, m.email].some(Boolean) && <span className="govuk-body-s">{say('record.recordPage.contact', { join: [m.phone, m.email].filter(Boolean).join(', ') })}</span>}{' '}
              {editable && <ItemAction href={`/children/${child.id}/record/network/${m.id}`} text={say('record.recordPage.change')} hidden={say('record.recordPage.sDetails', { name: m.name })} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Matching({ child, editable }: SectionProps) {
  return (
    <section aria-labelledby="matching">
      <h2 className="govuk-heading-m" id="matching">
        {say('record.recordPage.matchingRecord')}
      </h2>
      {child.matchingRecord.map((a) => (
        <SummaryCard
          key={a.area}
          title={a.label}
          actions={editable && <ItemAction href={`/children/${child.id}/record/matching/${areaSlug(a.area)}`} text={a.version === null ? say('record.recordPage.fillIn') : say('record.recordPage.change')} hidden={say('record.recordPage.theMatchingRecordFor', { label: a.label.toLowerCase() })} />}
        >
          <SummaryList
            rows={[
              { key: say('record.recordPage.needs'), value: a.needs },
              { key: say('record.recordPage.currentSupport'), value: a.currentSupport },
              { key: say('record.recordPage.carersPotentialToMeet'), value: a.carerPotential },
              { key: say('record.recordPage.theChildsViews'), value: a.childViews },
              { key: say('record.recordPage.inTheSupportPlan'), value: a.inSupportPlan ? say('record.recordPage.yes') : say('record.recordPage.no2') },
            ]}
          />
        </SummaryCard>
      ))}
    </section>
  );
}
