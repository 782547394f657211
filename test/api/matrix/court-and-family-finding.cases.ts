import { IsNull, type DataSource } from 'typeorm';
import type { MatrixCase } from '../../support/matrix';
import { CourtDirectionEntity, CourtHearingEntity, CourtProceedingsEntity } from '../../../packages/server/src/modules/court/court.entity';
import { FamilyFindingReferralEntity, PermanenceFormEntity, ProspectiveCarerEntity } from '../../../packages/server/src/modules/family-finding/family-finding.entity';

/**
 * Court proceedings and family finding. Every write case makes the record it
 * acts on in its variables (the matrix asks for them before it fingerprints
 * the database), so each allowed call finds its record in a state it may
 * change and a denied call can be seen to change nothing.
 */
const EDITORS = ['SOCIAL_WORKER', 'TEAM_MANAGER'] as const;
type Ctx = Parameters<MatrixCase['variables']>[0];
const childOf = ({ world, target }: Ctx) => world.children[target].id;

/** Closed proceedings (no legal action), so they never stand in the way of another set. */
const closedProceedings = (ds: DataSource, childId: string) =>
  ds.manager.save(ds.manager.create(CourtProceedingsEntity, { childId, legalGatewayOn: '2025-01-10', legalGatewayDecision: 'NO_LEGAL_ACTION', preProceedingsLetterOn: null, issuedOn: null, court: null, caseNumber: null, finalCarePlanId: null, finalCarePlanFiledOn: null, outcome: null, concludedOn: null }));

/** Issued proceedings that ended, with a hearing: hearings and directions can be changed, not added. */
async function hearingOf(ds: DataSource, childId: string): Promise<CourtHearingEntity> {
  const p = await ds.manager.save(ds.manager.create(CourtProceedingsEntity, {
    childId, preProceedingsLetterOn: null, legalGatewayOn: null, legalGatewayDecision: null, issuedOn: '2025-02-03', court: null, caseNumber: null, finalCarePlanId: null, finalCarePlanFiledOn: null, outcome: 'CARE_ORDER', concludedOn: '2025-07-28',
  }));
  return ds.manager.save(ds.manager.create(CourtHearingEntity, { childId, proceedingsId: p.id, kind: 'CASE_MANAGEMENT', hearingOn: '2025-02-17', notes: null }));
}

/** Open issued proceedings: the one a child may have, made once and reused. */
async function openIssued(ds: DataSource, childId: string): Promise<CourtProceedingsEntity> {
  const found = await ds.manager.findOne(CourtProceedingsEntity, { where: { childId, issuedOn: '2025-03-03', concludedOn: IsNull() } });
  if (found) return found;
  return ds.manager.save(ds.manager.create(CourtProceedingsEntity, {
    childId, preProceedingsLetterOn: null, legalGatewayOn: null, legalGatewayDecision: null, issuedOn: '2025-03-03', court: null, caseNumber: null, finalCarePlanId: null, finalCarePlanFiledOn: null, outcome: null, concludedOn: null,
  }));
}

const carer = (ds: DataSource, childId: string) =>
  ds.manager.save(ds.manager.create(ProspectiveCarerEntity, { childId, referralId: null, name: 'Matrix carers', kind: 'ADOPTERS', stage: 'IDENTIFIED', stageOn: '2025-03-01' }));

export const courtAndFamilyFindingCases: MatrixCase[] = [
  {
    operation: 'Mutation.startCourtProceedings',
    document: `mutation($input: StartCourtProceedingsInput!) { startCourtProceedings(input: $input) { id stage } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    // Decided on no legal action, so the proceedings are not open and a second call is not a CONFLICT.
    variables: (ctx) => ({ input: { childId: childOf(ctx), legalGatewayOn: '2025-01-10', legalGatewayDecision: 'NO_LEGAL_ACTION' } }),
  },
  {
    operation: 'Mutation.updateCourtProceedings',
    document: `mutation($input: UpdateCourtProceedingsInput!) { updateCourtProceedings(input: $input) { id court } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async (ctx) => {
      const p = await closedProceedings(ctx.ds, childOf(ctx));
      return { input: { id: p.id, expectedVersion: p.version, court: 'Family Court at Matrix' } };
    },
  },
  {
    operation: 'Mutation.addCourtHearing',
    document: `mutation($input: AddCourtHearingInput!) { addCourtHearing(input: $input) { id hearings { id } } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async (ctx) => ({ input: { proceedingsId: (await openIssued(ctx.ds, childOf(ctx))).id, kind: 'OTHER', hearingOn: '2025-04-01' } }),
  },
  {
    operation: 'Mutation.updateCourtHearing',
    document: `mutation($input: UpdateCourtHearingInput!) { updateCourtHearing(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async (ctx) => {
      const h = await hearingOf(ctx.ds, childOf(ctx));
      return { input: { id: h.id, expectedVersion: h.version, notes: 'Adjourned for the parenting assessment.' } };
    },
  },
  {
    operation: 'Mutation.addCourtDirection',
    document: `mutation($input: AddCourtDirectionInput!) { addCourtDirection(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async (ctx) => {
      const p = await openIssued(ctx.ds, childOf(ctx));
      const h = await ctx.ds.manager.save(ctx.ds.manager.create(CourtHearingEntity, { childId: p.childId, proceedingsId: p.id, kind: 'CASE_MANAGEMENT', hearingOn: '2025-03-17', notes: null }));
      return { input: { hearingId: h.id, description: 'Local authority to file the parenting assessment', dueOn: '2025-05-01' } };
    },
  },
  {
    operation: 'Mutation.updateCourtDirection',
    document: `mutation($input: UpdateCourtDirectionInput!) { updateCourtDirection(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async (ctx) => {
      const h = await hearingOf(ctx.ds, childOf(ctx));
      const d = await ctx.ds.manager.save(ctx.ds.manager.create(CourtDirectionEntity, { childId: h.childId, hearingId: h.id, description: 'File the final care plan', dueOn: '2025-03-01', doneOn: null }));
      return { input: { id: d.id, expectedVersion: d.version, doneOn: '2025-02-28' } };
    },
  },
  {
    operation: 'Mutation.referForFamilyFinding',
    document: `mutation($input: ReferForFamilyFindingInput!) { referForFamilyFinding(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    // Close what earlier calls opened, so each allowed call is a fresh referral and not a CONFLICT.
    variables: async (ctx) => {
      await ctx.ds.query(`UPDATE family_finding_referrals SET status = 'CLOSED' WHERE child_id = $1`, [childOf(ctx)]);
      return { input: { childId: childOf(ctx), team: 'REGIONAL_ADOPTION_AGENCY', agencyName: 'Aspire', referredOn: '2025-04-01' } };
    },
  },
  {
    operation: 'Mutation.updateFamilyFindingReferral',
    document: `mutation($input: UpdateFamilyFindingReferralInput!) { updateFamilyFindingReferral(input: $input) { id status } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async (ctx) => {
      const r = await ctx.ds.manager.save(ctx.ds.manager.create(FamilyFindingReferralEntity, { childId: childOf(ctx), team: 'FAMILY_FINDING', agencyName: null, referredOn: '2025-04-01', status: 'REFERRED', statusOn: '2025-04-01' }));
      return { input: { id: r.id, expectedVersion: r.version, status: 'ACCEPTED', statusOn: '2025-04-03' } };
    },
  },
  {
    operation: 'Mutation.addProspectiveCarer',
    document: `mutation($input: AddProspectiveCarerInput!) { addProspectiveCarer(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: (ctx) => ({ input: { childId: childOf(ctx), name: 'Sam and Alex', kind: 'ADOPTERS', identifiedOn: '2025-04-10' } }),
  },
  {
    operation: 'Mutation.moveProspectiveCarer',
    document: `mutation($input: MoveProspectiveCarerInput!) { moveProspectiveCarer(input: $input) { id stage } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async (ctx) => {
      const c = await carer(ctx.ds, childOf(ctx));
      return { input: { id: c.id, expectedVersion: c.version, stage: 'LINKED', stageOn: '2025-03-05' } };
    },
  },
  {
    operation: 'Mutation.savePermanenceForm',
    document: `mutation($input: SavePermanenceFormInput!) { savePermanenceForm(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: (ctx) => ({ input: { childId: childOf(ctx), kind: 'CHILDS_PERMANENCE_REPORT', summary: 'Adoption is the plan that meets her needs.', completedOn: '2025-04-01' } }),
  },
  {
    operation: 'Mutation.signOffPermanenceForm',
    document: `mutation($input: SignOffPermanenceFormInput!) { signOffPermanenceForm(input: $input) { id signedOffAt } }`,
    roles: ['TEAM_MANAGER'],
    reach: 'manage',
    write: true,
    variables: async (ctx) => {
      const f = await ctx.ds.manager.save(ctx.ds.manager.create(PermanenceFormEntity, { childId: childOf(ctx), kind: 'CHILDS_PERMANENCE_REPORT', carerId: null, summary: 'Ready', completedOn: '2025-04-01', signedOffAt: null, signedOffById: null }));
      return { input: { id: f.id, expectedVersion: f.version } };
    },
  },
];
