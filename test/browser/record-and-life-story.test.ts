import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';

const harness = usePortalHarness();

/** The placement questions, as a worker answers them. */
async function fillPlacement(page: Page, p: { day: string; month: string; year: string; type: string; carer: string; provider: string; postcode: string; inArea: 'Yes' | 'No'; cost: string }) {
  const start = page.getByRole('group', { name: /Date the new placement starts/ });
  await start.getByLabel('Day').fill(p.day);
  await start.getByLabel('Month').fill(p.month);
  await start.getByLabel('Year').fill(p.year);
  await page.getByLabel(p.type, { exact: true }).check();
  await page.getByLabel('Carer or home').fill(p.carer);
  await page.getByLabel('Who provides the placement').selectOption(p.provider);
  await page.getByLabel('Postcode of the placement (optional)').fill(p.postcode);
  await page.getByRole('group', { name: 'Is it inside the council’s area?' }).getByLabel(p.inArea).check();
  await page.getByLabel('Weekly cost').fill(p.cost);
}

/** A small real PNG, so the API's file-type check and thumbnails run as they would for a worker's photo. */
const smallPng = () => sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 29, g: 112, b: 184 } } }).png().toBuffer();

describe('record, life story, audit trail and the advocate', () => {
  it('a social worker adds a life story item with a photo and sees it as the child will, then reads the record', async () => {
    const a1 = harness.world.children.a1.id;
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.goto(`/children/${a1}/life-story`);
    await page.getByRole('heading', { level: 1, name: 'Life story' }).waitFor();
    await checkScreen(page, 'life-story');

    await page.getByRole('button', { name: 'Add an item' }).click();
    await page.getByLabel('What kind of item is it?').selectOption('PHOTO');
    await page.getByLabel('Title', { exact: true }).fill('My first day at Oakfield School');
    await page.getByLabel('Words (optional)').fill('You wore your new blue jumper.');
    await page.getByLabel('Photo (optional)').setInputFiles({ name: 'school.png', mimeType: 'image/png', buffer: await smallPng() });
    await page.getByLabel('The child, from now').check();
    await checkScreen(page, 'life-story-add');
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByText('“My first day at Oakfield School” has been saved.').waitFor();
    await page.getByRole('img', { name: 'Photo: My first day at Oakfield School' }).waitFor();
    await page.getByText('The child sees it today').waitFor();
    await checkScreen(page, 'life-story-with-item');

    await page.getByRole('link', { name: /^See it as .* sees it$/ }).click();
    await page.getByRole('heading', { level: 2, name: 'My first day at Oakfield School' }).waitFor();
    await page.getByRole('img', { name: 'My first day at Oakfield School' }).waitFor();
    await checkScreen(page, 'life-story-as-the-child-sees-it');

    await page.goto(`/children/${a1}/record`);
    await page.getByRole('heading', { level: 1, name: 'Placements, family and more' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Matching record' }).waitFor();
    await page.getByRole('group', { name: /family tree/ }).waitFor();
    await checkScreen(page, 'child-record-sections');

    // A social worker may not read the audit trail: the page says so plainly.
    await page.goto(`/children/${a1}/audit`);
    await page.getByRole('heading', { level: 1, name: 'You cannot see this audit trail' }).waitFor();
    await checkScreen(page, 'audit-trail-forbidden');
  });

  it('a social worker records a placement, then a move, and fills in a matching area', async () => {
    const a1 = harness.world.children.a1.id;
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.goto(`/children/${a1}/record`);
    await page.getByRole('heading', { level: 1, name: 'Placements, family and more' }).waitFor();

    // The first placement: no reason asked, there is nothing to end.
    await page.getByRole('button', { name: 'Record a placement', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a placement' }).waitFor();
    await fillPlacement(page, { day: '15', month: '1', year: '2024', type: 'Foster care', carer: 'Jo and Sam Patel', provider: 'PR1', postcode: 'M1 1AA', inArea: 'Yes', cost: '450' });
    await page.getByRole('button', { name: 'Record the placement' }).click();
    await page.getByText('The placement with Jo and Sam Patel has been recorded.').waitFor();

    // The move: the error summary first, then the answers.
    await page.getByRole('button', { name: 'Record a placement move' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a placement move' }).waitFor();
    await page.getByRole('button', { name: 'Record the move' }).click();
    await page.getByRole('link', { name: 'Select why the current placement is ending' }).waitFor();
    await checkScreen(page, 'placement-move-errors');
    await page.getByLabel('Why is the current placement ending?').selectOption('CREQO');
    await fillPlacement(page, { day: '1', month: '6', year: '2025', type: 'Long-term foster care', carer: 'Kim Lee', provider: 'PR4', postcode: 'M4 5BB', inArea: 'No', cost: '1050.50' });
    await checkScreen(page, 'placement-move');
    await page.getByRole('button', { name: 'Record the move' }).click();
    await page.getByText('The move to Kim Lee has been recorded.').waitFor();
    const timeline = page.getByRole('list', { name: 'Placements, newest first' });
    await timeline.getByText('Long-term foster care: Kim Lee').waitFor();
    await timeline.getByText(/Reason for the move: The carer asked for it to end for another reason/).waitFor();
    await timeline.getByText('1 June 2025 to now, out of area (M4 5BB)').waitFor();
    await checkScreen(page, 'child-record-after-move');

    // One of the nine matching areas.
    await page.getByRole('link', { name: 'Fill in the matching record for health' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matching record: Health' }).waitFor();
    await page.getByLabel('The child’s needs').fill('Asthma: needs an inhaler at school and at clubs.');
    await page.getByLabel('The prospective carer’s potential to meet the needs (optional)').fill('Kim has cared for children with asthma before.');
    await page.getByRole('group', { name: 'Is future support in the support plan?' }).getByLabel('Yes').check();
    await checkScreen(page, 'matching-area');
    await page.getByRole('button', { name: 'Save this area' }).click();
    await page.getByText('The matching record for health has been saved.').waitFor();
    await page.getByText('Asthma: needs an inhaler at school and at clubs.').waitFor();
  });

  it('a team manager reads the audit trail', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'tm.a1');
    await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    await page.goto(`/children/${harness.world.children.a1.id}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByRole('table').waitFor();
    await checkScreen(page, 'audit-trail');
  });

  it('an advocate sees their young person, writes a view with them, and never the professional screens', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'adv.a');
    await page.getByRole('heading', { level: 1, name: 'Your young people' }).waitFor();
    await checkScreen(page, 'advocate-home');
    await page.getByRole('link', { name: 'Amira' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amira' }).waitFor();
    await checkScreen(page, 'advocate-child');

    await page.getByLabel('What is it about?').selectOption('SCHOOL');
    await page.getByLabel('What Amira wants to say').fill('I want to stay at my school when I move.');
    await page.getByLabel('You, their advocate').check();
    await page.getByRole('button', { name: 'Send the view' }).click();
    await page.getByText('The view written with Amira has been sent.').waitFor();
    await page.getByText('I want to stay at my school when I move.').waitFor();
    await page.getByText('Written with you', { exact: true }).waitFor();

    await page.goto('/advocacy/referrals');
    await page.getByRole('heading', { level: 1, name: 'Referrals waiting' }).waitFor();
    await checkScreen(page, 'advocacy-referrals');

    await page.goto(`/children/${harness.world.children.a1.id}`);
    await page.getByRole('heading', { level: 1, name: 'You cannot see this page' }).waitFor();
  });
});
