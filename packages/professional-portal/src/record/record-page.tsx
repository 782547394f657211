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
  usePageTitle(child ? `Placements, family and more – ${child.displayName}` : 'Placements, family and more');
  if (loading && !child) return <Loading what="Loading the record" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The record could not be loaded.'} />;
  const editable = child.abilities.canEdit;
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Placements, family and more</h1>
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
        Placements
      </h2>
      {moves >= 3 ? (
        <WarningText>{`${moves} placement moves in the last 12 months`}</WarningText>
      ) : (
        <p className="govuk-body">
          <strong>{moves}</strong> placement {moves === 1 ? 'move' : 'moves'} in the last 12 months.
        </p>
      )}
      {editable && <ButtonLink href={`/children/${child.id}/record/placements/move`}>{child.currentPlacement ? 'Record a placement move' : 'Record a placement'}</ButtonLink>}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">No placements are recorded.</p>
      ) : (
        <ol className="govuk-list fp-timeline" aria-label="Placements, newest first">
          {newestFirst.map((p) => (
            <li key={p.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {PLACEMENT_TYPE_LABELS[p.type]}: {p.carerName} {p.id === child.currentPlacement?.id && <Tag colour="green">Now</Tag>}
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-1">
                {formatDate(p.startDate)} to {p.endDate ? formatDate(p.endDate) : 'now'}
                {p.inArea ? ', in the council’s area' : ', out of area'}
                {p.postcode ? ` (${p.postcode})` : ''}
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {`${p.provider ? PROVIDER_LABELS[p.provider] ?? p.provider : 'Provider not recorded'}. ${money.format(p.weeklyCost)} a week.`}
              </p>
              {p.reasonForChange && (
                <p className="govuk-body-s govuk-!-margin-bottom-1">Reason for the move: {PLACE_CHANGE_REASON_LABELS[p.reasonForChange] ?? p.reasonForChange}</p>
              )}
              {p.changeNotes && <p className="govuk-body-s fp-pre-line">{p.changeNotes}</p>}
              <ChildKnows placement={p} current={p.id === child.currentPlacement?.id} />
              {editable && <ItemAction href={`/children/${child.id}/record/placements/${p.id}`} text="Change details" hidden={`of the placement with ${p.carerName} from ${formatDate(p.startDate)}`} />}
              {editable && (p.id === child.currentPlacement?.id || p.intendedDuration || p.movePlannedFor) && (
                <>
                  {' '}
                  <ItemAction href={`/children/${child.id}/record/placements/${p.id}/child-knows`} text="How long, and moving" hidden={`(what the child knows about living with ${p.carerName})`} />
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
          {`How long: ${INTENDED_DURATION_LABELS[p.intendedDuration]}${p.intendedUntil ? ` (${formatDate(p.intendedUntil)})` : ''}.`}
        </p>
      )}
      {p.movePlannedFor && (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {`Move planned for ${formatDate(p.movePlannedFor)}${p.moveToCarerName ? ` to ${p.moveToCarerName}` : ''}. `}
            {p.childToldOfMoveOn ? `Told on ${formatDate(p.childToldOfMoveOn)}. ` : ''}
            {p.newCarerAlreadyKnown ? 'The child already knows the new carers.' : p.childMetNewCarerOn ? `Met the new carers on ${formatDate(p.childMetNewCarerOn)}.` : ''}
          </p>
          {current && !p.childToldOfMoveOn && <WarningText>The child has not been told about the planned move yet</WarningText>}
          {current && !introduced && <WarningText>The child has not met the new carers yet</WarningText>}
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
        Legal status
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/legal-status/new`}>
          Record a change in legal status
        </ButtonLink>
      )}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">No legal status is recorded.</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((s) => ({
            key: LEGAL_STATUS_LABELS[s.status],
            value: `${s.label !== LEGAL_STATUS_LABELS[s.status] ? `${s.label}: ` : ''}from ${formatDate(s.startDate)}${s.endDate ? ` to ${formatDate(s.endDate)}` : ' (current)'}`,
            actions: editable
              ? [{ href: `/children/${child.id}/record/legal-status/${s.id}`, text: 'Correct', visuallyHiddenText: `${LEGAL_STATUS_LABELS[s.status].toLowerCase()} from ${formatDate(s.startDate)}` }]
              : undefined,
          }))}
        />
      )}
    </section>
  );
}

const yes = (b: boolean | null | undefined, what: string) => (b === true ? what : b === false ? `no ${what}` : null);

/** One year's answers in a line a reader can scan. */
function healthSummary(h: Child['healthOutcomes'][number]): string {
  const sdq = h.sdqScore !== null ? `SDQ score ${h.sdqScore}` : h.sdqReason ? `no SDQ score (${SDQ_REASON_LABELS[h.sdqReason as SdqReason]?.toLowerCase() ?? h.sdqReason})` : null;
  const misuse = h.substanceMisuse ? `substance misuse identified${h.interventionReceived ? ', intervention received' : h.interventionOffered ? ', intervention offered' : ', no intervention'}` : 'no substance misuse';
  const parts = [
    sdq,
    yes(h.immunisations, 'immunisations up to date'),
    yes(h.teethCheck, 'dental check'),
    yes(h.healthAssessment, 'health assessment'),
    yes(h.healthCheck, 'development assessments up to date'),
    h.convicted === null ? null : h.convicted ? 'convicted of an offence' : 'no convictions',
    misuse,
  ].filter((p): p is string => p !== null);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const interviewWords = (m: Child['missingEpisodes'][number]): string =>
  m.returnInterviewOffered === null
    ? 'Return interview not recorded.'
    : !m.returnInterviewOffered
      ? 'No return interview offered.'
      : m.returnInterviewAccepted === true
        ? 'Return interview offered and accepted.'
        : m.returnInterviewAccepted === false
          ? 'Return interview offered, not accepted.'
          : 'Return interview offered.';

/** Periods the child was missing or away from placement without permission, newest first, with the return interview. */
function MissingEpisodes({ child, editable }: SectionProps) {
  const newestFirst = [...child.missingEpisodes].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section aria-labelledby="missing">
      <h2 className="govuk-heading-m" id="missing">
        Missing or away from placement
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/missing/new`}>
          Record a period missing or away
        </ButtonLink>
      )}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">No periods missing or away are recorded.</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((m) => {
            const what = m.kind === 'A' ? 'Away from placement' : 'Missing';
            return {
              key: what,
              value: m.endDate
                ? `From ${formatDate(m.startDate)} to ${formatDate(m.endDate)}. ${interviewWords(m)}`
                : `Since ${formatDate(m.startDate)}: not back yet.`,
              actions: editable
                ? [{ href: `/children/${child.id}/record/missing/${m.id}`, text: 'Change', visuallyHiddenText: `${what.toLowerCase()} from ${formatDate(m.startDate)}` }]
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
        Deprivation of liberty
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/deprivation-of-liberty/new`}>
          Record a deprivation of liberty order
        </ButtonLink>
      )}
      {newestFirst.length === 0 ? (
        <p className="govuk-body">No deprivation of liberty order is recorded.</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((o) => ({
            key: o.authorisedBy ? (DOLO_AUTHORISED_BY_LABELS[o.authorisedBy as DoloAuthorisedBy] ?? o.authorisedBy) : 'Deprivation of liberty order (court not recorded)',
            value: o.endDate ? `From ${formatDate(o.startDate)} to ${formatDate(o.endDate)}.` : `Since ${formatDate(o.startDate)}: in force.`,
            actions: editable
              ? [{ href: `/children/${child.id}/record/deprivation-of-liberty/${o.id}`, text: o.endDate ? 'Change' : 'End or change', visuallyHiddenText: `the order from ${formatDate(o.startDate)}` }]
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
        Health outcomes
      </h2>
      <p className="govuk-body">Recorded each year for a child looked after from 1 April to 31 March, for the children looked after return.</p>
      {newestFirst.length === 0 ? (
        <p className="govuk-body">The child has not been looked after for a whole year yet.</p>
      ) : (
        <SummaryList
          rows={newestFirst.map((y) => {
            const h = child.healthOutcomes.find((x) => x.year === y);
            return {
              key: collectionYearName(y),
              value: h ? healthSummary(h) : 'Not recorded',
              actions: editable
                ? [{ href: `/children/${child.id}/record/health/${y}`, text: h ? 'Change' : 'Record', visuallyHiddenText: `health outcomes for ${collectionYearName(y)}` }]
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
  const change = (hidden: string) => (editable ? [{ href: `/children/${child.id}/record/leaving-care`, text: r ? 'Change' : 'Record', visuallyHiddenText: hidden }] : undefined);
  return (
    <section aria-labelledby="leaving-care">
      <h2 className="govuk-heading-m" id="leaving-care">
        Leaving care
      </h2>
      {due && (
        <p className="govuk-body">
          {due.overdue && <Tag colour="red">Overdue</Tag>} {`${due.label}: due by ${formatDate(due.dueDate)}.`}
        </p>
      )}
      <SummaryList
        rows={[
          {
            key: 'Pathway plan',
            value: r?.pathwayPlanAgreedOn
              ? `Agreed ${formatDate(r.pathwayPlanAgreedOn)}${r.pathwayPlanReviewedOn ? `, last reviewed ${formatDate(r.pathwayPlanReviewedOn)}` : ''}`
              : 'Not agreed yet',
            actions: change('the pathway plan'),
          },
          {
            key: 'Personal adviser',
            value: r?.personalAdviserName ? [r.personalAdviserName, r.personalAdviserPhone, r.personalAdviserEmail].filter(Boolean).join(', ') : 'None allocated',
            actions: change('the personal adviser'),
          },
          {
            key: 'After 18',
            value: `${AFTER_EIGHTEEN_NAMES[(r?.afterEighteen ?? 'NOT_DECIDED') as AfterEighteen]}${r?.afterEighteenDetails ? `. ${r.afterEighteenDetails}` : ''}`,
            actions: change('what happens at 18'),
          },
          { key: 'In the young person’s words', value: r?.planInMyWords ?? 'Not written yet', actions: change('the plan in the young person’s words') },
        ]}
      />
      {birthdays.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Birthdays after leaving care</h3>
          <SummaryList
            rows={birthdays.map((age) => {
              const b = child.careLeaverBirthdays.find((x) => x.age === age);
              const words = b
                ? [OC3_IN_TOUCH_NAMES[b.inTouch as Oc3InTouch], b.activity && OC3_ACTIVITY_NAMES[b.activity as Oc3Activity], b.accommodation && `${OC3_ACCOMMODATION_NAMES[b.accommodation.slice(0, 1) as Oc3AccommodationKind]} (${b.accommodation.endsWith('1') ? 'suitable' : 'not suitable'})`]
                    .filter(Boolean)
                    .join('; ')
                : 'Not recorded';
              return {
                key: `${age}th, ${formatDate(birthdayAt(child.dateOfBirth, age))}`,
                value: words,
                actions: editable ? [{ href: `/children/${child.id}/record/leaving-care/birthday/${age}`, text: b ? 'Change' : 'Record', visuallyHiddenText: `the ${age}th birthday` }] : undefined,
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
        Brothers and sisters
      </h2>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/brothers-and-sisters/new`}>
          Link a brother or sister
        </ButtonLink>
      )}
      {child.brothersAndSisters.length === 0 && <p className="govuk-body">No brothers or sisters are recorded.</p>}
      {child.siblingGroup && (
        <div className="govuk-inset-text">
          <p className="govuk-body">{groupSummary(child.siblingGroup)}</p>
          <p className="govuk-body">
            {child.siblingGroup.decision
              ? `Group decision: ${TOGETHER_APART_LABELS[child.siblingGroup.decision.outcome].toLowerCase()} (${formatDate(child.siblingGroup.decision.decidedOn)}). `
              : 'No together or apart decision for the group yet. '}
            <UiLink href={`/children/${child.id}/record/brothers-and-sisters/group`} className="govuk-link">
              See the whole group
            </UiLink>
          </p>
        </div>
      )}
      {child.brothersAndSisters.map((s) => {
        const latest = s.assessments[s.assessments.length - 1];
        const name = `${s.child.firstName}, ${s.child.age}`;
        const link = `/children/${child.id}/record/brothers-and-sisters/${s.id}`;
        const withName = `with ${s.child.firstName}`;
        return (
          <SummaryCard
            key={s.id}
            title={name}
            actions={
              editable && (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  <li>
                    <ItemAction href={link} text="Change" hidden={`the link ${withName}`} />
                  </li>
                  <li>
                    <ItemAction href={`${link}/assessment`} text="Record an assessment" hidden={withName} />
                  </li>
                  <li>
                    <ItemAction href={`${link}/keeping-in-touch/new`} text="Add a keeping-in-touch plan" hidden={withName} />
                  </li>
                </ul>
              )
            }
          >
            <SummaryList
              rows={[
                {
                  key: 'Record',
                  value:
                    s.child.reachable && s.child.id ? (
                      <UiLink href={`/children/${s.child.id}`} className="govuk-link">
                        Open {s.child.firstName}’s record
                      </UiLink>
                    ) : (
                      'Outside your caseload'
                    ),
                },
                { key: 'Relationship', value: `${SIBLING_RELATIONSHIP_LABELS[s.relationship]} brother or sister` },
                { key: 'Living', value: s.livingTogether ? 'Together' : 'Apart' },
                {
                  key: 'Together or apart assessment',
                  value: latest ? `${TOGETHER_APART_LABELS[latest.outcome]} (assessed ${formatDate(latest.assessedOn)}): ${latest.reasons}` : 'No assessment yet',
                },
                {
                  key: 'Keeping in touch',
                  value: s.keepingInTouchPlans.length ? (
                    <ul className="govuk-list">
                      {s.keepingInTouchPlans.map((k) => (
                        <li key={k.id}>
                          {FAMILY_TIME_LABELS[k.kind]}, {k.frequency}
                          {k.arrangements ? `: ${k.arrangements}` : ''} (agreed by {k.agreedBy}){k.shareableWithChild ? '. The children can see it' : ''}{' '}
                          {editable && <ItemAction href={`${link}/keeping-in-touch/${k.id}`} text="Change" hidden={`the keeping-in-touch plan ${withName}`} />}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'No keeping-in-touch plan'
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
        Family and network
      </h2>
      <h3 className="govuk-heading-s">Family tree (genogram)</h3>
      <p className="govuk-body-s">
        Circles are female, squares male, diamonds not known. A cross means the person has died. A double outline is {child.displayName}; a dashed green box, who{' '}
        {child.displayName} lives with. Couples are joined below: a solid line when married, dashed when partners, one stroke across when separated, two when divorced.
      </p>
      <div className="fp-genogram-wrapper">
        <Genogram child={child} carerName={carerName} />
      </div>
      <h3 className="govuk-heading-s">The family tree in words</h3>
      <GenogramList child={child} carerName={carerName} />
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/network/relationships/new`}>
          Join two people on the family tree
        </ButtonLink>
      )}
      {editable && child.familyRelationships.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Lines on the family tree</h3>
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
                    Remove<span className="govuk-visually-hidden"> the line {words}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3 className="govuk-heading-s">The people in the family and network</h3>
      {editable && (
        <ButtonLink variant="secondary" href={`/children/${child.id}/record/network/new`}>
          Add someone
        </ButtonLink>
      )}
      {child.familyNetwork.length === 0 ? (
        <p className="govuk-body">No family or network members are recorded.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {child.familyNetwork.map((m) => (
            <li key={m.id}>
              {m.name}: {m.relationship} ({NETWORK_KIND_LABELS[m.kind]}{m.trustedAdultRole ? `, ${TRUSTED_ADULT_ROLE_LABELS[m.trustedAdultRole].toLowerCase()}` : ''})
              {m.shownToChild ? '. Shown on the child’s “People who help me”' : ''}
              {m.consideredAsCarer ? `. Considered as a carer${m.carerAssessmentOutcome ? `: ${withoutFullStop(m.carerAssessmentOutcome)}` : ''}` : ''}
              {[m.phone, m.email].some(Boolean) && <span className="govuk-body-s">{`. Contact: ${[m.phone, m.email].filter(Boolean).join(', ')}`}</span>}{' '}
              {editable && <ItemAction href={`/children/${child.id}/record/network/${m.id}`} text="Change" hidden={`${m.name}’s details`} />}
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
        Matching record
      </h2>
      {child.matchingRecord.map((a) => (
        <SummaryCard
          key={a.area}
          title={a.label}
          actions={editable && <ItemAction href={`/children/${child.id}/record/matching/${areaSlug(a.area)}`} text={a.version === null ? 'Fill in' : 'Change'} hidden={`the matching record for ${a.label.toLowerCase()}`} />}
        >
          <SummaryList
            rows={[
              { key: 'Needs', value: a.needs },
              { key: 'Current support', value: a.currentSupport },
              { key: 'Carer’s potential to meet the needs', value: a.carerPotential },
              { key: 'The child’s views', value: a.childViews },
              { key: 'In the support plan', value: a.inSupportPlan ? 'Yes' : 'No' },
            ]}
          />
        </SummaryCard>
      ))}
    </section>
  );
}
