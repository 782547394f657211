import type { Page } from 'playwright-core';
import { PASSWORD } from '../support/world';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';

const harness = usePortalHarness();

/** Newham's example plan (section 13): the four SMART outcomes for Damian. */
const NEWHAM_OUTCOMES = [
  {
    outcome: 'Damian will feel safe and not worry about Mum as he sees her not under the influence of drugs',
    measure: 'Angie is drug free when spending time with Damian',
    actions: 'Angie will get to contact sessions with the Damian on time and not take drugs before contact',
    byWhom: 'Angie',
    due: ['1', '2', '2027'],
  },
  {
    outcome: 'Damian will more often receive Angie’s best care he will feel safe',
    measure: 'Angie is more in control of her drug use so that she can limit use to times when Damian is in the safe care of an agreed safety person',
    actions: 'Angie will develop strategies with her substance misuse worker to manage her cocaine use so she can have care of the children drug free',
    byWhom: 'Angie and Drugs worker',
    due: ['14', '2', '2027'],
  },
  {
    outcome: 'Damian will be kept clean and have a good diet and show weight gain. He will not ingest drugs',
    measure: 'Angie is keeping her home clean and free of drugs and equipment. She is buying food',
    actions: 'Angie will keep her home clean and will not have drugs in the home or use them in her home. Angie will have help to develop routine',
    byWhom: 'Angie and Family Support Worker',
    due: ['14', '2', '2027'],
  },
  {
    outcome: 'If Damian can not be cared for by his mother he has alternative permanent carers',
    measure: 'Damian has a permanent carer',
    actions: 'SW progress viability assessment of Lisa Brown. SW to commence life story work for Damian. SW to book permanence planning meeting',
    byWhom: 'Social Worker, Fostering Worker',
    due: ['20', '1', '2027'],
  },
];

async function fillDate(page: Page, group: string, [day, month, year]: string[]) {
  const fieldset = page.getByRole('group', { name: group });
  await fieldset.getByLabel('Day').fill(day);
  await fieldset.getByLabel('Month').fill(month);
  await fieldset.getByLabel('Year').fill(year);
}

const planStatus = async (childId: string) =>
  (await harness.api.services.dataSource.query('SELECT status FROM plans WHERE child_id = $1 ORDER BY plan_number DESC LIMIT 1', [childId]))[0]?.status;

describe('the Forever Plan, from entry to endorsement', () => {
  it('a social worker enters Newham’s example plan and submits it; a team manager approves it; the IRO endorses it at the second review', async () => {
    const childId = harness.world.children.a1.id;
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.getByRole('columnheader', { name: 'Where they live' }).waitFor();
    await page.getByRole('link', { name: 'Amira Ahmed' }).click();
    await page.getByRole('heading', { level: 2, name: 'Alerts' }).waitFor();
    await checkScreen(page, 'child-record-alerts');

    await page.getByRole('link', { name: 'Forever Plan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Forever Plan' }).waitFor();
    await checkScreen(page, 'plan-empty');
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.getByLabel('Primary option').selectOption('REUNIFICATION');
    await page.getByLabel('Connected person / kinship care').check();
    await page.getByLabel('The child’s wishes').fill('Damian wants to live with Mum and see his Nan every week.');
    await page.getByLabel('Bottom lines').fill('Key safety people: Nan (Lisa Brown). Angie must not have drugs in the home. The safety plan lasts at least 6 months.');
    await page.getByLabel('The consequence of no change').fill('If Angie cannot stay drug free, Damian will live with alternative permanent carers.');
    await page.getByLabel('Summary for the child').fill('We are working to help you live with Mum. If that cannot happen, you will live with Nan.');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText('The plan has been saved.').waitFor();

    // Validation on submit, with the error summary.
    const addForm = page.getByRole('form', { name: 'Add an outcome' });
    await addForm.getByRole('button', { name: 'Add outcome' }).click();
    await page.getByRole('link', { name: 'Enter the planned outcome for the child' }).waitFor();
    await checkScreen(page, 'plan-outcome-errors');

    for (const [i, o] of NEWHAM_OUTCOMES.entries()) {
      await addForm.getByLabel('Planned outcome for the child').fill(o.outcome);
      await addForm.getByLabel('Measure of progress').fill(o.measure);
      await addForm.getByLabel('Actions').fill(o.actions);
      await addForm.getByLabel('By whom').fill(o.byWhom);
      await fillDate(page, 'Timescale', o.due);
      await addForm.getByRole('button', { name: 'Add outcome' }).click();
      await page.getByRole('table').getByText(`${i + 1} ${i === 0 ? 'outcome' : 'outcomes'}`).waitFor();
    }
    await page.getByRole('rowheader', { name: NEWHAM_OUTCOMES[3].outcome }).waitFor();
    await checkScreen(page, 'plan-draft');

    await page.getByRole('button', { name: 'Submit the plan for approval' }).click();
    await page.getByText('The plan has been submitted for approval.').waitFor();
    expect(await planStatus(childId)).toBe('PROPOSED');
    const outcomes = await harness.api.services.dataSource.query('SELECT outcome FROM plan_outcomes o JOIN plans p ON p.id = o.plan_id WHERE p.child_id = $1 ORDER BY o.position', [childId]);
    expect(outcomes.map((r: { outcome: string }) => r.outcome)).toEqual(NEWHAM_OUTCOMES.map((o) => o.outcome));
    await checkScreen(page, 'plan-submitted');

    // The team manager approves it.
    const manager = await harness.newPage();
    await harness.signIn(manager, 'tm.a1');
    await manager.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    await manager.getByRole('link', { name: 'Drift list' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Drift list' }).waitFor();
    await checkScreen(manager, 'drift-list');
    await manager.goto(`/children/${childId}/plan`);
    await manager.getByRole('button', { name: 'Approve the plan' }).click();
    await manager.getByText('You approved the plan.').waitFor();
    expect(await planStatus(childId)).toBe('APPROVED');
    await checkScreen(manager, 'plan-approved');

    // The IRO schedules and records the second review, then endorses the plan at it.
    const iro = await harness.newPage();
    await harness.signIn(iro, 'iro.a');
    await iro.getByRole('heading', { level: 1, name: 'Children I review' }).waitFor();
    await iro.goto(`/children/${childId}/meetings`);
    await iro.getByRole('heading', { level: 1, name: 'Meetings and reviews' }).waitFor();
    const today = new Date();
    const todayParts = [String(today.getDate()), String(today.getMonth() + 1), String(today.getFullYear())];
    const schedule = iro.getByRole('form', { name: 'Schedule a meeting' });
    await schedule.getByLabel('Kind of meeting').selectOption('SECOND_REVIEW');
    await fillDate(iro, 'Booked for', todayParts);
    await schedule.getByRole('button', { name: 'Schedule the meeting' }).click();
    await iro.getByText('The meeting has been scheduled.').waitFor();
    await iro.getByRole('button', { name: /^Record the meeting/ }).click();
    const record = iro.getByRole('form', { name: 'Record the second review' });
    await fillDate(iro, 'Held on', todayParts);
    await record.getByLabel('Who came').fill('Amira\nSam Worker, social worker\nAngie, mother');
    await record.getByLabel('How the child took part').selectOption('PN1');
    await record.getByLabel('Decisions').fill('The plan for reunification with a kinship contingency is endorsed.');
    await checkScreen(iro, 'meeting-record');
    await record.getByRole('button', { name: 'Save the record' }).click();
    await iro.getByText('PN1: came and spoke for themselves').waitFor();
    await checkScreen(iro, 'meetings');

    await iro.getByRole('link', { name: 'Forever Plan', exact: true }).click();
    await iro.getByRole('radio', { name: /^Second review/ }).check();
    await iro.getByRole('button', { name: 'Endorse the plan at this review' }).click();
    await iro.getByText('You endorsed the plan at the review.').waitFor();
    expect(await planStatus(childId)).toBe('ENDORSED');
    await iro.getByRole('button', { name: 'Submit the plan for approval' }).count().then((n) => expect(n).toBe(0));
    await checkScreen(iro, 'plan-endorsed');
  });

  it('a social worker replies to a child’s view and the child sees the reply', async () => {
    const child = harness.api.client();
    await child.signIn('yp.a1', PASSWORD);
    const draft = await child.ok<{ saveViewDraft: { id: string; version: number } }>(
      'mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version } }',
      { input: { topic: 'FAMILY_TIME', words: 'I want to see my Nan more often.', readers: ['WORKER'] } },
    );
    await child.ok('mutation($id: ID!, $v: Int!) { sendView(viewId: $id, expectedVersion: $v) { id } }', { id: draft.saveViewDraft.id, v: draft.saveViewDraft.version });

    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('link', { name: 'Views inbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Views inbox' }).waitFor();
    await page.getByText('I want to see my Nan more often.').waitFor();
    await checkScreen(page, 'views-inbox');
    await page.getByRole('button', { name: 'Reply to Amira' }).click();
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Enter your reply to the child').first().waitFor();
    await page.getByLabel('You said, we did').fill('You said you want to see Nan more. We have booked family time with Nan every Saturday.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByRole('heading', { level: 3, name: 'You said, we did' }).waitFor();
    await checkScreen(page, 'views-inbox-replied');
    const mine = await child.ok<{ myViews: { reply: { words: string } | null }[] }>('{ myViews { reply { words } } }');
    expect(mine.myViews.map((v) => v.reply?.words)).toContain('You said you want to see Nan more. We have booked family time with Nan every Saturday.');
  });
});
