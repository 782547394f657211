import type { Locator, Page } from 'playwright-core';
import { PASSWORD } from '../support/world';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectNoSeriousAxeViolations } from './support/screens';

const harness = usePortalHarness();

/** Today by the server's clock, moved by `days`, as day, month and year boxes. */
function daysFromToday(days: number): string[] {
  const d = new Date(harness.api.clock.now().getTime() + days * 86_400_000);
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
  const [year, month, day] = iso.split('-');
  return [String(Number(day)), String(Number(month)), year];
}

const form = (page: Page, name: string) => page.getByRole('form', { name });

async function fillDate(scope: Locator, group: string, [day, month, year]: string[]) {
  const fieldset = scope.getByRole('group', { name: group });
  await fieldset.getByLabel('Day').fill(day);
  await fieldset.getByLabel('Month').fill(month);
  await fieldset.getByLabel('Year').fill(year);
}

async function submit(scope: Locator, button: string, page: Page, banner: string | RegExp) {
  await scope.getByRole('button', { name: button }).click();
  await page.getByRole('alert').filter({ hasText: banner }).waitFor();
}

describe('a child’s case from the letter before proceedings to an adoption match through the agency (Chromium)', () => {
  it('the worker records the PLO steps, hearings, a missed direction and the outcome; then the referral, the match and a form the manager signs off', async () => {
    const amira = harness.world.children.a1;
    const page = await harness.newPage();
    await harness.signIn(page, harness.world.users.swA1.username, PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`/children/${amira.id}`);
    await page.getByRole('navigation', { name: 'Child’s record' }).getByRole('link', { name: 'Court', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Court' }).waitFor();
    await page.getByText('There are no court proceedings on the record.').waitFor();

    // The letter before proceedings, 230 days ago: the review points follow from it.
    const start = form(page, 'The first step');
    await start.getByLabel('The letter before proceedings was sent').check();
    await fillDate(start, 'Date', daysFromToday(-230));
    await submit(start, 'Start the court record', page, 'The court record has been started.');
    await page.getByText(/Pre-proceedings meeting with the parents: by/).waitFor();

    const gateway = form(page, 'Legal gateway meeting');
    await fillDate(gateway, 'Date of the meeting', daysFromToday(-200));
    await gateway.getByLabel('Issue care proceedings').check();
    await submit(gateway, 'Save the legal gateway decision', page, 'The legal gateway decision has been saved.');

    const issue = form(page, 'Proceedings issued');
    await fillDate(issue, 'Date issued', daysFromToday(-190));
    await issue.getByLabel('Court (optional)').fill('Family Court at Bolton');
    await submit(issue, 'Save the issue date', page, /recorded as issued/);
    await page.getByText('Proceedings issued', { exact: true }).waitFor();

    // The case management hearing on day 15 and a direction that was due 130 days ago: missed.
    const hearing = form(page, 'Add a hearing');
    await hearing.getByLabel('Hearing', { exact: true }).selectOption({ label: 'Case management hearing' });
    await fillDate(hearing, 'Date (held or listed)', daysFromToday(-176));
    await submit(hearing, 'Add the hearing', page, 'The case management hearing has been added.');
    const direction = form(page, 'Add a direction the court gave');
    await direction.getByLabel('Given at').selectOption({ index: 1 });
    await direction.getByLabel('What the court directed').fill('File the parenting assessment');
    await fillDate(direction, 'Due by', daysFromToday(-130));
    await submit(direction, 'Add the direction', page, 'The direction has been added.');
    await page.getByText('Missed', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark “File the parenting assessment” done today' }).click();
    await page.getByText('“File the parenting assessment” is marked as done.').waitFor();

    // The final hearing in week 26, then the order.
    const final = form(page, 'Add a hearing');
    await final.getByLabel('Hearing', { exact: true }).selectOption({ label: 'Final hearing' });
    await fillDate(final, 'Date (held or listed)', daysFromToday(-10));
    await submit(final, 'Add the hearing', page, 'The final hearing has been added.');
    await page.getByText(/^Final hearing, .* \(week 26\)$/).waitFor();
    await page.getByText('Court timetable, week by week').click();
    await page.getByRole('region', { name: 'The court timetable from issue' }).waitFor();
    await checkScreen(page, 'court-proceedings');

    // The final hearing is relisted a day later. The team manager changes the hearing while the worker's form is open:
    // the worker is told who saved first and nothing of theirs is saved; after a reload the relisting goes through.
    await page.getByRole('button', { name: /^Change the final hearing of / }).click();
    const relist = form(page, 'Change the final hearing');
    await fillDate(relist, 'Date (held or listed)', daysFromToday(-9));
    await relist.getByLabel('What happened (optional)').fill('Relisted: the judge was not available on the first day.');
    const colleague = harness.api.client();
    await colleague.signIn(harness.world.users.tmA1.username, PASSWORD);
    const listed = await colleague.ok<{ child: { courtProceedings: { hearings: { id: string; version: number; kind: string }[] }[] } }>(
      'query($id: ID!) { child(id: $id) { courtProceedings { hearings { id version kind } } } }',
      { id: amira.id },
    );
    const finalHearing = listed.child.courtProceedings[0]!.hearings.find((h) => h.kind === 'FINAL')!;
    await colleague.ok('mutation($input: UpdateCourtHearingInput!) { updateCourtHearing(input: $input) { id } }', {
      input: { id: finalHearing.id, expectedVersion: finalHearing.version, notes: 'Listed for a whole day.' },
    });
    await relist.getByRole('button', { name: 'Save the hearing' }).click();
    await relist.getByText(/changed this record (at|on) .*, so your change has not been saved/).first().waitFor();
    await expectNoSeriousAxeViolations(page);
    await checkScreen(page, 'court-hearing-conflict');
    await page.reload();
    await page.getByText('Listed for a whole day.').waitFor();
    await page.getByRole('button', { name: /^Change the final hearing of / }).click();
    const again = form(page, 'Change the final hearing');
    await fillDate(again, 'Date (held or listed)', daysFromToday(-9));
    await again.getByLabel('What happened (optional)').fill('Relisted: the judge was not available on the first day.');
    await submit(again, 'Save the hearing', page, /The final hearing is relisted for /);
    await page.getByText('Relisted: the judge was not available on the first day.').waitFor();
    await page.getByText(/^Final hearing, .* \(week 26\)/).waitFor();
    await expectNoSeriousAxeViolations(page);

    const outcome = form(page, 'Outcome');
    await outcome.getByLabel('Order made').selectOption({ label: 'Care order and placement order' });
    await fillDate(outcome, 'Date of the order', daysFromToday(-10));
    await submit(outcome, 'Save the outcome', page, 'The proceedings are recorded as concluded.');
    await page.getByText('Proceedings concluded', { exact: true }).waitFor();

    // Family finding through the regional adoption agency.
    await page.getByRole('navigation', { name: 'Child’s record' }).getByRole('link', { name: 'Family finding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Family finding' }).waitFor();
    const refer = form(page, 'Make a referral');
    await refer.getByLabel('Regional adoption agency').check();
    await refer.getByLabel('Agency or team name (optional)').fill('Aspire Regional Adoption Agency');
    await fillDate(refer, 'Date referred', daysFromToday(-14));
    await submit(refer, 'Make the referral', page, 'The referral has been made.');
    await page.getByText(/Match within 121 days of the placement order/).waitFor();

    const carer = form(page, 'Add a prospective carer');
    await carer.getByLabel('Name', { exact: true }).fill('Sam and Alex');
    await carer.getByLabel('Type of carer').selectOption({ label: 'Prospective adopters' });
    await carer.getByLabel('Found through (optional)').selectOption({ index: 1 });
    await fillDate(carer, 'Date identified', daysFromToday(-10));
    await submit(carer, 'Add the carer', page, 'Sam and Alex added as prospective carers.');
    const move = form(page, 'Move a carer to the next stage');
    await move.getByLabel('Carer', { exact: true }).selectOption({ label: 'Sam and Alex' });
    await move.getByLabel('Stage', { exact: true }).selectOption({ label: 'Match approved by the decision maker' });
    await fillDate(move, 'Date', daysFromToday(-2));
    // Who is adopting, for the SSDA903 return's AD1 table; the carers table then says so.
    await move.getByLabel('Who is adopting (adopters only)').selectOption({ label: 'A couple, both women' });
    await move.getByLabel('The adopters’ legal status (adopters only)').selectOption({ label: 'Married couple, same sex' });
    await submit(move, 'Save the stage', page, /match approved by the decision maker/);
    await page.getByRole('table', { name: 'Prospective carers and their match stage' }).getByText('A couple, both women (married couple, same sex)').waitFor();
    const status = page.getByRole('form', { name: 'Update the referral' });
    await status.getByLabel('Status', { exact: true }).selectOption({ label: 'Matched' });
    await fillDate(status, 'Since', daysFromToday(-2));
    await submit(status, 'Save the status', page, 'The referral is now “matched”.');

    const report = form(page, 'Add a form');
    await report.getByLabel('Form', { exact: true }).selectOption({ label: 'Child’s permanence report' });
    await report.getByLabel('Conclusion or recommendation').fill('Adoption is the plan that meets Amira’s needs for a family for life.');
    await fillDate(report, 'Date completed (optional)', daysFromToday(-5));
    await submit(report, 'Save the form', page, 'The child’s permanence report has been saved.');
    await page.getByText('Ready for sign-off').waitFor();

    // Before sign-off the worker may still change the report's words.
    await page.getByRole('button', { name: 'Change the child’s permanence report' }).click();
    const changeReport = form(page, 'Change the child’s permanence report');
    await changeReport.getByLabel('Conclusion or recommendation').fill('Adoption with Sam and Alex is the plan that meets Amira’s needs for a family for life.');
    await expectNoSeriousAxeViolations(page);
    await submit(changeReport, 'Save the changes', page, 'The changes to the child’s permanence report have been saved.');
    await page.getByText('Adoption with Sam and Alex is the plan that meets Amira’s needs for a family for life.').waitFor();
    await checkScreen(page, 'family-finding');

    // The team manager signs the report off.
    const manager = await harness.newPage();
    await harness.signIn(manager, harness.world.users.tmA1.username, PASSWORD);
    await manager.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await manager.goto(`/children/${amira.id}/family-finding`);
    await manager.getByRole('button', { name: 'Sign off the child’s permanence report' }).click();
    await manager.getByText('The child’s permanence report is signed off.').waitFor();
    await manager.getByText('Signed off', { exact: true }).first().waitFor();

    // Signed off, the report no longer changes: the API says so and neither page offers it.
    expect(await manager.getByRole('button', { name: 'Change the child’s permanence report' }).count()).toBe(0);
    await page.reload();
    await page.getByText('Signed off', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Change the child’s permanence report' }).count()).toBe(0);

    // The plan shows where the court and family finding have reached.
    await manager.goto(`/children/${amira.id}/plan`);
    await manager.getByRole('heading', { level: 2, name: 'Court and family finding' }).waitFor();
    await manager.getByText('Regional adoption agency: matched').waitFor();
    await manager.getByText('Sam and Alex (match approved by the decision maker)').waitFor();
    await manager.getByText('1 recorded, 1 signed off').waitFor();

    // The tracker reads the same rules: Amira's line has the court stage and the agency's match.
    await manager.goto('/tracker');
    const line = manager.getByRole('row').filter({ hasText: 'Amira Ahmed' }).first();
    await line.getByText('Proceedings concluded', { exact: true }).waitFor();
    await line.getByText('Regional adoption agency: matched', { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(manager);
  });
});
