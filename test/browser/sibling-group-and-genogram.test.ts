import type { Page } from 'playwright-core';
import { PASSWORD, makeChild, makeUser } from '../support/world';
import { KeepingInTouchPlanEntity } from '../../packages/server/src/modules/siblings/keeping-in-touch-plan.entity';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';
import { SiblingLinkEntity } from '../../packages/server/src/modules/siblings/sibling-link.entity';
import type { ChildEntity } from '../../packages/server/src/modules/children/child.entity';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';
import { checkYoungScreen } from './support/young-person-screens';

const harness = usePortalHarness();

/**
 * Four brothers and sisters in three placements, linked in a chain (no link
 * joins the eldest to the youngest): Zara and Yusuf with Mrs Khan, Xena with
 * Mr Patel, Will with the Greens. All in team A1, so its manager sees the
 * whole group from each child's record.
 */
async function seedGroup(): Promise<Record<'zara' | 'yusuf' | 'xena' | 'will', ChildEntity>> {
  const { councilA, teamA1, users } = harness.world;
  return harness.api.services.dataSource.transaction(async (m) => {
    const child = (name: string, dateOfBirth: string, socialWorkerId: string) =>
      makeChild(m, councilA, teamA1, { legalFirstName: name, legalLastName: 'Moss', dateOfBirth, socialWorkerId, iroId: users.iroA.id });
    const zara = await child('Zara', '2011-04-01', users.swA1.id);
    const yusuf = await child('Yusuf', '2013-06-01', users.swA1.id);
    const xena = await child('Xena', '2015-08-01', users.swA1b.id);
    const will = await child('Will', '2018-10-01', users.swA1b.id);
    const link = (x: ChildEntity, y: ChildEntity, livingTogether: boolean) => {
      const [a, b] = x.id < y.id ? [x, y] : [y, x];
      return m.save(m.create(SiblingLinkEntity, { childAId: a.id, childBId: b.id, relationship: 'FULL', livingTogether }));
    };
    await link(zara, yusuf, true);
    await link(yusuf, xena, false);
    const xw = await link(xena, will, false);
    await m.save(m.create(KeepingInTouchPlanEntity, { siblingLinkId: xw.id, kind: 'DIRECT', frequency: 'Every other Saturday', agreedBy: 'Both carers', arrangements: null }));
    for (const [c, carerName] of [[zara, 'Mrs Khan'], [yusuf, 'Mrs Khan'], [xena, 'Mr Patel'], [will, 'The Greens']] as const) {
      await m.save(m.create(PlacementEntity, { childId: c.id, type: 'FOSTER_CARE', carerName, startDate: '2024-01-01', endDate: null }));
    }
    await makeUser(m, 'yp.zara', 'YOUNG_PERSON', councilA, { child: zara, firstName: 'Zara' });
    return { zara, yusuf, xena, will };
  });
}

/** Zara's family over three generations, recorded through the API as her team manager. */
async function seedFamilyTree(zaraId: string): Promise<void> {
  const api = harness.api.client();
  await api.signIn('tm.a1', PASSWORD);
  const add = async (name: string, relationship: string, extra: Record<string, unknown>) =>
    (await api.ok<{ addNetworkMember: { id: string } }>(`mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }`, {
      input: { childId: zaraId, kind: 'RELATIVE', name, relationship, ...extra },
    })).addNetworkMember.id;
  const gran = await add('Fatima Ahmed', 'Maternal grandmother', { sex: 'FEMALE' });
  const grandad = await add('Omar Ahmed', 'Maternal grandfather', { sex: 'MALE', deceased: true });
  const mum = await add('Sara Moss', 'Mother', { sex: 'FEMALE' });
  const dad = await add('Dan Moss', 'Father', { sex: 'MALE' });
  const steve = await add('Steve Jones', 'Mother’s partner', { sex: 'MALE' });
  const leo = await add('Leo Jones', 'Half-brother', { sex: 'MALE' });
  const line = (fromMemberId: string, toMemberId: string | null, kind: string) =>
    api.ok(`mutation($input: AddNetworkRelationshipInput!) { addNetworkRelationship(input: $input) { id } }`, { input: { fromMemberId, toMemberId, kind } });
  await line(gran, grandad, 'MARRIED');
  await line(gran, mum, 'PARENT');
  await line(grandad, mum, 'PARENT');
  await line(mum, dad, 'DIVORCED');
  await line(mum, null, 'PARENT');
  await line(dad, null, 'PARENT');
  await line(mum, steve, 'PARTNERS');
  await line(mum, leo, 'PARENT');
  await line(steve, leo, 'PARENT');
}

async function openGroup(page: Page, childId: string): Promise<void> {
  await page.goto(`/children/${childId}/record`);
  await page.getByRole('heading', { level: 1, name: 'Placements, family and more' }).waitFor();
  await page.getByText('A group of 4 brothers and sisters. The children live in 3 homes.').waitFor();
  await page.getByRole('link', { name: 'See the whole group' }).click();
  await page.getByRole('heading', { level: 1, name: 'Brothers and sisters as a group' }).waitFor();
}

describe('brothers and sisters as a group, and the family tree', () => {
  it('a team manager sees the group of four in three placements from each child, records the group decision, and draws a three-generation family tree; the eldest sees her whole group', async () => {
    const group = await seedGroup();
    await seedFamilyTree(group.zara.id);
    const page = await harness.newPage();
    await harness.signIn(page, 'tm.a1');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    // From each child's record, the same four children and their carers.
    for (const [key, child] of Object.entries(group)) {
      await openGroup(page, child.id);
      const table = page.getByRole('table', { name: 'The children and where they live' });
      for (const [name, carer] of [['Zara', 'Mrs Khan'], ['Yusuf', 'Mrs Khan'], ['Xena', 'Mr Patel'], ['Will', 'The Greens']]) {
        await table.getByRole('row').filter({ hasText: name }).filter({ hasText: carer }).waitFor();
      }
      await table.getByRole('row').filter({ hasText: '(this child)' }).filter({ hasText: child.legalFirstName }).waitFor();
      await page.getByRole('table', { name: 'Family time across the group’s carers' }).getByRole('row').filter({ hasText: 'Xena and Will' }).filter({ hasText: 'Mr Patel and The Greens' }).waitFor();
      if (key === 'zara') await checkScreen(page, 'sibling-group');
    }

    // The decision for the whole group, recorded from Will's record, shows on Zara's.
    await page.getByRole('button', { name: 'Record the group decision' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record the group decision' }).waitFor();
    const date = page.getByRole('group', { name: /Date of the decision/ });
    await date.getByLabel('Day').fill('2');
    await date.getByLabel('Month').fill('3');
    await date.getByLabel('Year').fill('2026');
    await page.getByLabel('Together where possible').check();
    await page.getByLabel('Reasons').fill('Zara and Yusuf stay together; family time keeps all four close while we look for a home for Xena and Will together.');
    await checkScreen(page, 'sibling-group-decision');
    await page.getByRole('button', { name: 'Save the decision' }).click();
    await page.getByText('The together or apart decision for Will Moss’s group of brothers and sisters has been saved.').waitFor();
    await openGroup(page, group.zara.id);
    await page.getByText('Together where possible', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Change the group decision' }).waitFor();

    // The family tree: three generations, each person reachable with the keyboard, and the same in words.
    await page.goto(`/children/${group.zara.id}/record`);
    const tree = page.getByRole('group', { name: /Zara Moss’s family tree/ });
    await tree.waitFor();
    const gran = tree.getByRole('img', { name: /^Fatima Ahmed, Maternal grandmother\. Married to Omar Ahmed\. Parent of Sara Moss/ });
    await gran.focus();
    expect(await gran.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^[A-Z]/);
    await tree.getByRole('img', { name: /^Omar Ahmed, Maternal grandfather\. Has died/ }).waitFor();
    await tree.getByRole('img', { name: /^Zara Moss, the child\. Child of Sara Moss\. Child of Dan Moss/ }).waitFor();
    for (const generation of ['Grandparents’ generation', 'Parents’ generation', 'The child’s generation']) {
      await page.getByRole('heading', { level: 4, name: generation, exact: true }).waitFor();
    }
    await page.getByRole('region', { name: 'The child’s generation', exact: true }).getByText(/Leo Jones, Half-brother\. Child of Sara Moss\. Child of Steve Jones/).waitFor();
    // Her linked brother (a full brother, living with her) hangs from the same parents, in the drawing and in words.
    await tree.getByRole('img', { name: /^Yusuf, full brother or sister, living together\. Child of Sara Moss\. Child of Dan Moss/ }).waitFor();
    await page.getByRole('region', { name: 'The child’s generation', exact: true }).getByText(/Yusuf, full brother or sister, living together\. Child of Sara Moss\. Child of Dan Moss/).waitFor();
    await page.getByRole('region', { name: 'Parents’ generation', exact: true }).getByText(/Sara Moss, Mother\. Child of Fatima Ahmed\. Child of Omar Ahmed\. Divorced from Dan Moss/).waitFor();
    await checkScreen(page, 'family-tree');

    // The eldest, on her own portal: her whole group, by first name, even the brother no link joins to her.
    const young = await harness.newPage();
    await young.goto('/young/sign-in');
    await young.getByLabel('Your username').fill('yp.zara');
    await young.getByLabel('Your password').fill(PASSWORD);
    await young.getByRole('button', { name: 'Sign in' }).click();
    await young.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    await young.goto('/young/brothers-and-sisters');
    await young.getByRole('heading', { level: 1, name: 'My brothers and sisters' }).waitFor();
    for (const name of ['Yusuf', 'Xena', 'Will']) await young.getByRole('heading', { level: 2, name }).waitFor();
    expect(await young.getByText(/Moss|Khan|Patel|Greens/).count()).toBe(0);
    await checkYoungScreen(young, 'young-brothers-and-sisters-group');
  });
});
