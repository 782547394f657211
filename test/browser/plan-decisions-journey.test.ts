import type { Page } from 'playwright-core';
import type { ApiClient } from '../support/api';
import { PASSWORD } from '../support/world';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectFitsNarrowScreen } from './support/screens';

const harness = usePortalHarness();

const REASONS = 'Special guardianship needs Lisa Brown’s viability assessment first. Add it as an outcome with a date.';
const COMMENTS = 'Approved. Book the permanence planning meeting within the month.';

/** Amira's first plan, entered and approved through the API: the plan in force before this journey's changes. */
async function approvedFirstPlan(): Promise<void> {
  const sign = async (username: string): Promise<ApiClient> => {
    const c = harness.api.client();
    await c.signIn(username, PASSWORD);
    return c;
  };
  const sw = await sign('sw.a1');
  const tm = await sign('tm.a1');
  type P = { id: string; version: number };
  const step = async (client: ApiClient, op: string, type: string, input: Record<string, unknown>) =>
    (await client.ok<Record<string, P>>(`mutation($input: ${type}!) { ${op}(input: $input) { id version } }`, { input }))[op];
  let plan = await step(sw, 'createPlan', 'CreatePlanInput', { childId: harness.world.children.a1.id });
  plan = await step(sw, 'updatePlan', 'UpdatePlanInput', {
    planId: plan.id, expectedVersion: plan.version, primaryOption: 'REUNIFICATION', childWishes: 'Amira wants to go home to Mum.',
  });
  plan = await step(sw, 'setContingencyOptions', 'SetContingencyOptionsInput', { planId: plan.id, expectedVersion: plan.version, options: ['SPECIAL_GUARDIANSHIP'] });
  plan = await step(sw, 'addPlanOutcome', 'AddPlanOutcomeInput', {
    planId: plan.id, expectedVersion: plan.version, outcome: 'Amira feels safe at family time', measure: 'Amira says so at each visit',
    actions: [{ action: 'Family time twice a week, supervised', byWhom: 'Social worker', dueDate: '2027-02-01' }],
  });
  plan = await step(sw, 'submitPlan', 'PlanTransitionInput', { planId: plan.id, expectedVersion: plan.version });
  await step(tm, 'approvePlan', 'ApprovePlanInput', { planId: plan.id, expectedVersion: plan.version });
}

const plans = async () =>
  harness.api.services.dataSource.query(
    'SELECT plan_number AS "planNumber", status, primary_option AS "primaryOption", child_wishes AS "childWishes" FROM plans WHERE child_id = $1 ORDER BY plan_number',
    [harness.world.children.a1.id],
  ) as Promise<{ planNumber: number; status: string; primaryOption: string; childWishes: string }[]>;

async function openPlan(page: Page, username: string): Promise<void> {
  await harness.signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(`/children/${harness.world.children.a1.id}/plan`);
  await page.getByRole('heading', { level: 1, name: 'Forever Plan' }).waitFor();
}

describe('the decisions around a plan', () => {
  beforeAll(approvedFirstPlan);

  it('a plan edited and submitted without pressing save keeps the edits; the manager returns it with reasons and the worker sees them; versions side by side', async () => {
    // The worker starts plan 2; plan 1 stays in force meanwhile.
    const worker = await harness.newPage();
    await openPlan(worker, 'sw.a1');
    await worker.getByRole('button', { name: 'Start a new version of the plan' }).click();
    await worker.getByText('Plan 1 (approved by team manager) stays in force until plan 2 is approved.').waitFor();

    // Changes typed, not saved: leaving the page warns, and staying keeps them.
    await worker.getByLabel('Primary option').selectOption('SPECIAL_GUARDIANSHIP');
    await worker.getByLabel('Connected person / kinship care').check();
    const wishes = 'Amira wants to live with her aunt Lisa and see Mum every month.';
    await worker.getByLabel('The child’s wishes').fill(wishes);
    await worker.getByRole('link', { name: 'Meetings and reviews' }).click();
    await worker.getByRole('alertdialog', { name: 'You have unsaved changes' }).waitFor();
    await checkScreen(worker, 'plan-unsaved-changes-warning');
    await worker.getByRole('button', { name: 'Stay on this page' }).click();
    expect(await worker.getByLabel('The child’s wishes').inputValue()).toBe(wishes);

    // Straight on to check and submit, without pressing "Save the plan".
    await worker.getByRole('button', { name: 'Save and check before submitting' }).click();
    await worker.getByRole('heading', { level: 1, name: 'Check the plan before you submit it' }).waitFor();
    const changes = worker.getByRole('table', { name: 'Changes since plan 1, the plan in force' });
    await changes.getByRole('row', { name: 'Primary option Return home (reunification) Special guardianship order' }).waitFor();
    await changes.getByRole('row', { name: `The child’s wishes Amira wants to go home to Mum. ${wishes}` }).waitFor();
    await checkScreen(worker, 'plan-check-answers');
    await expectFitsNarrowScreen(worker);
    await worker.getByRole('button', { name: 'Submit the plan for approval' }).click();
    await worker.getByText('Plan 2 has been submitted for approval.').waitFor();
    expect(await plans()).toEqual([
      { planNumber: 1, status: 'APPROVED', primaryOption: 'REUNIFICATION', childWishes: 'Amira wants to go home to Mum.' },
      { planNumber: 2, status: 'PROPOSED', primaryOption: 'SPECIAL_GUARDIANSHIP', childWishes: wishes },
    ]);
    // The words a worker reads say what happened: submitted, not "proposed at a meeting".
    await worker.getByText('Submitted for approval', { exact: true }).first().waitFor();
    expect(await worker.getByText(/Proposed at permanence planning meeting/).count()).toBe(0);

    // The team manager's caseload shows the plan in force, and the new version as what it is.
    const manager = await harness.newPage();
    await harness.signIn(manager, 'tm.a1');
    await manager.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    const row = manager.getByRole('row', { name: /Amira Ahmed/ });
    await row.getByText('Approved by team manager').waitFor();
    await row.getByText('Plan 2: submitted for approval').waitFor();
    await checkScreen(manager, 'team-caseload-plan-in-force');
    await expectFitsNarrowScreen(manager);

    // Returning needs reasons; with them, the plan goes back to the worker as a draft.
    await manager.goto(`/children/${harness.world.children.a1.id}/plan`);
    const decision = manager.getByRole('form', { name: 'Your decision on the plan' });
    await decision.getByLabel('Return the plan to the worker for changes').check();
    await decision.getByRole('button', { name: 'Confirm your decision' }).click();
    await decision.getByText('Give the reasons for returning the plan').first().waitFor();
    expect((await plans())[1].status).toBe('PROPOSED');
    await decision.getByLabel('Reasons for returning the plan').fill(REASONS);
    await checkScreen(manager, 'plan-manager-decision');
    await decision.getByRole('button', { name: 'Confirm your decision' }).click();
    await manager.getByText('You returned the plan to the worker with your reasons.').waitFor();
    expect((await plans())[1].status).toBe('DRAFT');

    // The worker sees who returned it, when, and why.
    await worker.reload();
    // The "submitted" banner was for the moment it happened: it does not come back on reload.
    expect(await worker.getByText('Plan 2 has been submitted for approval.').count()).toBe(0);
    const returned = worker.getByRole('region', { name: 'Returned for changes' });
    await returned.getByText(/^Tm Tester returned the plan on /).waitFor();
    await returned.getByText(REASONS).waitFor();
    await checkScreen(worker, 'plan-returned');
    await expectFitsNarrowScreen(worker);

    // Plan 1 and plan 2 side by side, the differences marked.
    await worker.getByRole('link', { name: 'Compare two versions side by side' }).click();
    await worker.getByRole('heading', { level: 1, name: 'Compare versions of the plan' }).waitFor();
    const table = worker.getByRole('table', { name: 'Plan 1 and plan 2 side by side' });
    const primary = table.getByRole('row', { name: /^Primary option Changed/ });
    await primary.getByRole('cell', { name: 'Return home (reunification)' }).waitFor();
    await primary.getByRole('cell', { name: 'Special guardianship order' }).waitFor();
    await table.getByRole('row', { name: /^Management oversight Changed/ }).getByText(REASONS, { exact: false }).waitFor();
    await checkScreen(worker, 'plan-compare-versions');
    await expectFitsNarrowScreen(worker);

    // The worker changes it and submits again; the manager approves with comments, which the worker then reads.
    await worker.getByRole('link', { name: 'Back to the plan' }).click();
    await worker.getByLabel('Bottom lines').fill('Lisa Brown’s viability assessment is positive before any move.');
    await worker.getByRole('button', { name: 'Save and check before submitting' }).click();
    await worker.getByRole('button', { name: 'Submit the plan for approval' }).click();
    await worker.getByText('Plan 2 has been submitted for approval.').waitFor();
    await manager.reload();
    await decision.getByLabel('Approve the plan').check();
    await decision.getByLabel('Comments for the worker (optional)').fill(COMMENTS);
    await decision.getByRole('button', { name: 'Confirm your decision' }).click();
    await manager.getByText('You approved the plan. Your comments are on the plan’s record.').waitFor();
    expect((await plans()).map((p) => p.status)).toEqual(['APPROVED', 'APPROVED']);
    await worker.reload();
    const oversight = worker.getByRole('region', { name: 'Management oversight' }).first();
    await oversight.getByText(COMMENTS).waitFor();
    await oversight.getByText(REASONS).waitFor();
    await checkScreen(worker, 'plan-approved-with-comments');
  });
});
