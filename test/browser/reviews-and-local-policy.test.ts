import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectFitsNarrowScreen } from './support/screens';

const harness = usePortalHarness();

/** The screens this journey LOOKS at, at the narrowest width the portal supports. */
const SHOTS = process.env.SHOTS_DIR ?? path.resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots', 'reviews');
async function look(page: Page, name: string): Promise<void> {
  await checkScreen(page, name);
  await expectFitsNarrowScreen(page);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, `${name}-320.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Today and days around it in England, by the test's clock (the API's, in the clock-ahead run too). */
const londonDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + offsetDays * 86_400_000));

describe('reviews signed off, disputes resolved through their stages, local policy on screen', () => {
  it('an IRO signs off a review and raises a dispute; it is escalated and then resolved, and an overdue stage raises an alert', async () => {
    const { world, api } = harness;
    const child = world.children.a1;
    await api.services.dataSource.query(
      `INSERT INTO meetings (child_id, type, held_on, attendees, decisions, participation, chair_id) VALUES ($1, 'FIRST_REVIEW', $2, '{Amira,"Sam Worker"}', 'The plan continues.', 'PN1', $3)`,
      [child.id, londonDay(-1), world.users.iroA.id],
    );
    // An older dispute still at its first stage, three weeks on: overdue.
    await api.services.dataSource.query(
      `INSERT INTO iro_escalations (child_id, raised_by_id, raised_on, concern, stages) VALUES ($1, $2, $3, 'Contact with the grandmother has stopped.', $4)`,
      [child.id, world.users.iroA.id, londonDay(-21), JSON.stringify([{ stage: 'INFORMAL', startedOn: londonDay(-21), closedOn: null, outcome: null, outcomeText: null, closedById: null }])],
    );

    const iro = await harness.newPage();
    await harness.signIn(iro, 'iro.a');
    await iro.getByRole('heading', { level: 1, name: 'Children I review' }).waitFor();
    await iro.goto(`/children/${child.id}`);
    await iro.getByText('IRO dispute stage overdue').first().waitFor();

    await iro.goto(`/children/${child.id}/meetings`);
    await iro.getByRole('heading', { level: 1, name: 'Meetings and reviews' }).waitFor();
    await iro.getByText('Not signed off yet: the IRO signs off the record').waitFor();
    await iro.getByRole('button', { name: /^Sign off the review record/ }).click();
    await iro.getByText(/^By Iro Tester, /).waitFor();
    expect(await iro.getByRole('button', { name: /^Sign off the review record/ }).count()).toBe(0);
    await look(iro, 'review-signed-off');

    await iro.getByRole('link', { name: 'Disputes', exact: true }).click();
    await iro.getByRole('heading', { level: 1, name: 'Disputes and escalations' }).waitFor();
    await iro.getByText('Overdue', { exact: true }).waitFor();
    const raise = iro.getByRole('form', { name: 'Raise a dispute' });
    await raise.getByRole('button', { name: 'Raise the dispute' }).click();
    await iro.getByRole('link', { name: 'Describe the concern you are raising' }).waitFor();
    await raise.getByLabel('Your concern').fill('There is still no permanence plan, two weeks after the second review.');
    await raise.getByRole('button', { name: 'Raise the dispute' }).click();
    await iro.getByText('The dispute has been raised. It starts with informal resolution with the social worker.').waitFor();
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());
    const card = iro.locator('.govuk-summary-card', { has: iro.getByRole('heading', { name: `Dispute raised on ${today}` }) });
    await card.getByText(/^Not resolved\. At the informal resolution with the social worker stage, to be resolved or escalated by /).waitFor();
    await look(iro, 'dispute-raised');

    const informal = card.getByRole('form', { name: 'The informal resolution with the social worker stage' });
    await informal.getByLabel('Not resolved: escalate to the team manager').check();
    await informal.getByLabel('Why it goes to the next stage').fill('The worker could not give a date for the permanence planning meeting.');
    await informal.getByRole('button', { name: 'Record the outcome' }).click();
    await iro.getByText('The dispute has gone to the team manager stage.').waitFor();
    await card.getByText(/^Not resolved\. At the team manager stage/).waitFor();
    await card.getByText(/Escalated on .* by Iro Tester:/).waitFor();

    // The team manager resolves it at their stage; the record says so, and who.
    const tm = await harness.newPage();
    await harness.signIn(tm, 'tm.a1');
    await tm.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    await tm.goto(`/children/${child.id}/escalations`);
    const tmCard = tm.locator('.govuk-summary-card', { has: tm.getByRole('heading', { name: `Dispute raised on ${today}` }) });
    const stage = tmCard.getByRole('form', { name: 'The team manager stage' });
    await stage.getByLabel('Resolved at this stage').check();
    await stage.getByLabel('What was agreed').fill('Planning meeting booked for next Tuesday; the panel date follows.');
    await stage.getByRole('button', { name: 'Record the outcome' }).click();
    await tm.getByText('The dispute is recorded as resolved.').waitFor();
    await tmCard.getByText(`Resolved on ${today} at the team manager stage.`).waitFor();
    await tmCard.getByText('Resolved', { exact: true }).waitFor();
    expect(await tmCard.getByRole('form').count()).toBe(0);
    await look(tm, 'dispute-resolved');

    const [row] = await api.services.dataSource.query(`SELECT resolved_on, stages FROM iro_escalations WHERE concern LIKE 'There is still no permanence plan%'`);
    expect(row.stages.map((s: { stage: string; outcome: string }) => [s.stage, s.outcome])).toEqual([['INFORMAL', 'ESCALATED'], ['TEAM_MANAGER', 'RESOLVED']]);
  });

  it('an administrator adds a policy version from a later date, and deadlines that started before it do not move', async () => {
    const { world, api } = harness;
    const child = world.children.a1sib;
    // Adam came into care 60 days ago and has had no review: his first review is overdue.
    await api.services.dataSource.query(`DELETE FROM meetings WHERE child_id = $1`, [child.id]);
    await api.services.dataSource.query(`UPDATE children SET date_looked_after = $2 WHERE id = $1`, [child.id, londonDay(-60)]);
    await api.services.dataSource.query(`UPDATE placements SET start_date = $2 WHERE child_id = $1 AND start_date < $2`, [child.id, londonDay(-60)]);

    const tm = await harness.newPage();
    await harness.signIn(tm, 'tm.a1');
    await tm.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    await tm.goto(`/children/${child.id}`);
    const before = await tm.getByText(/^The first review was due by /).first().textContent();
    expect(before).toBeTruthy();

    const admin = await harness.newPage();
    await harness.signIn(admin, 'admin.a');
    await admin.getByRole('link', { name: 'Local policy' }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Local policy' }).waitFor();
    await admin.getByRole('heading', { name: /^Version 0: national default/ }).waitFor();
    await admin.getByText('The national default is kept as it is', { exact: false }).waitFor();
    await look(admin, 'local-policy');

    const form = admin.getByRole('form', { name: 'Add a version of the policy' });
    await form.getByLabel('Based on').selectOption('newham');
    // A date in the past is refused: a version is never retroactive.
    const [py, pm, pd] = londonDay(-1).split('-');
    const from = form.getByRole('group', { name: 'In force from' });
    await from.getByLabel('Day').fill(String(Number(pd)));
    await from.getByLabel('Month').fill(String(Number(pm)));
    await from.getByLabel('Year').fill(py);
    await form.getByLabel('First review: working days after becoming looked after').fill('15');
    await form.getByLabel('Advocacy offered from age').fill('8');
    await form.getByRole('button', { name: 'Add the version' }).click();
    await admin.getByRole('link', { name: /^The start date must be after today/ }).waitFor();

    const [ty, tmo, td] = londonDay(7).split('-');
    await from.getByLabel('Day').fill(String(Number(td)));
    await from.getByLabel('Month').fill(String(Number(tmo)));
    await from.getByLabel('Year').fill(ty);
    await form.getByRole('button', { name: 'Add the version' }).click();
    await admin.getByText(/^The new version starts on .*\. Deadlines that started before then do not change\.$/).waitFor();
    await admin.getByRole('heading', { name: /^Version 1: from / }).waitFor();

    const days = admin.getByRole('form', { name: 'Add a non-working day' });
    const [hy, hm, hd] = londonDay(30).split('-');
    const date = days.getByRole('group', { name: 'Date' });
    await date.getByLabel('Day').fill(String(Number(hd)));
    await date.getByLabel('Month').fill(String(Number(hm)));
    await date.getByLabel('Year').fill(hy);
    await days.getByLabel('What the day is').fill('Council closure day');
    await days.getByRole('button', { name: 'Add the day' }).click();
    await admin.getByText(/is now a non-working day\.$/).waitFor();

    const duty = admin.getByRole('form', { name: 'Duty contact' });
    await duty.getByLabel('Name').fill('Out-of-hours duty team');
    await duty.getByLabel('Email').fill('duty@example.org');
    await duty.getByRole('button', { name: 'Save the duty contact' }).click();
    await admin.getByText('The duty contact has been saved.').waitFor();
    await look(admin, 'local-policy-version-added');

    const [version] = await api.services.dataSource.query(`SELECT effective_from::text, overrides FROM policy_profile_versions WHERE council_id = $1`, [world.councilA.id]);
    expect(version).toMatchObject({ effective_from: londonDay(7), overrides: expect.objectContaining({ firstReviewWorkingDays: 15, advocacyMinAge: 8 }) });

    // Adam's clock started before the new version: his first review's due date is as it was.
    await tm.reload();
    expect(await tm.getByText(/^The first review was due by /).first().textContent()).toBe(before);
  });
});
