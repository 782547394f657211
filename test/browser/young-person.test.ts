import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';
import { checkYoungScreen } from './support/young-person-screens';

// The built portal's default quick-exit address. Tests never leave the machine:
// the browser answers it with a plain local page instead.
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const NEUTRAL_PAGE = '<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>';

const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds) });

async function signInYoung(page: Page, username = 'amira'): Promise<void> {
  await page.goto('/young/sign-in');
  await page.getByLabel('Your username').fill(username);
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
}

async function apiAs(username: string) {
  const client = harness.api.client();
  await client.signIn(username, DEMO_PASSWORD);
  return client;
}

async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`/young${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('young person portal (Chromium, demo council)', () => {
  it('signed out: sign in, first time and "I feel unsafe" pages are calm and accessible', async () => {
    const page = await harness.newPage();
    await open(page, '/sign-in', 'Sign in');
    await checkYoungScreen(page, 'sign-in');
    await page.getByRole('link', { name: 'Use the code from your worker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your first time' }).waitFor();
    await page.getByLabel('Your code').fill('NOT-A-CODE');
    await page.getByLabel('Choose a password').fill('short');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Your password needs 12 or more letters').first().waitFor();
    await checkYoungScreen(page, 'first-time-errors');
    await open(page, '/help', 'I feel unsafe');
    await page.getByRole('link', { name: 'Call 999' }).waitFor();
    await page.getByRole('link', { name: 'Call Childline 0800 1111' }).waitFor();
    await checkYoungScreen(page, 'unsafe-signed-out');
  });

  it('Amira reads her Forever Plan and every page, each with read it to me and the quick exit', async () => {
    const page = await harness.newPage();
    await signInYoung(page);
    await checkYoungScreen(page, 'home');
    await page.getByRole('link', { name: /My Forever Plan/ }).click();
    await page.getByRole('heading', { level: 1, name: 'My Forever Plan' }).waitFor();
    await page.getByRole('heading', { name: 'Where I live' }).waitFor();
    await page.getByRole('heading', { name: 'People who help me' }).waitFor();
    await checkYoungScreen(page, 'plan');
    for (const [path, heading, name] of [
      ['/have-my-say', 'Have my say', 'have-my-say'],
      ['/have-my-say/write', 'Have my say', 'write'],
      ['/life-story', 'My life story', 'life-story'],
      ['/life-story/add', 'Add a memory', 'add-memory'],
      ['/brothers-and-sisters', 'My brothers and sisters', 'brothers-and-sisters'],
      ['/who-looked', 'Who has looked at my file', 'who-looked'],
      ['/advocate', 'My advocate', 'advocate'],
      ['/message', 'I’m not happy', 'not-happy'],
      ['/help', 'I feel unsafe', 'unsafe'],
      ['/tips', 'Keeping this private', 'keeping-private'],
    ] as const) {
      await open(page, path, heading);
      await page.getByRole('button', { name: 'Read it to me' }).waitFor();
      await page.getByRole('button', { name: /Leave this site quickly/ }).waitFor();
      await checkYoungScreen(page, name);
    }
    // Her brothers and sisters by first name, with whether they live together.
    await open(page, '/brothers-and-sisters', 'My brothers and sisters');
    await page.getByRole('heading', { name: 'Zayn' }).waitFor();
    await page.getByRole('heading', { name: 'Layla' }).waitFor();
  });

  it('Amira sends a view to her worker, and sees the reply once Sam answers', async () => {
    const page = await harness.newPage();
    await signInYoung(page);
    await open(page, '/have-my-say/write?topic=SCHOOL', 'Have my say');
    const words = 'I want to stay at my school with my friends.';
    await page.getByLabel('What do you want to say?').fill(words);
    await page.getByRole('status').getByText('Saved', { exact: true }).waitFor();
    // Kept on the server only: a shared phone holds nothing she wrote.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain('my school');
    expect(await page.getByLabel('My worker').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Send it' }).click();
    await page.getByText('Thank you for having your say.').waitFor();
    await page.getByText('No reply yet.').first().waitFor();

    const amira = await apiAs('amira');
    const { myViews } = await amira.ok<{ myViews: { id: string; words: string; status: string }[] }>('{ myViews { id words status } }');
    const sent = myViews.find((v) => v.words === words);
    expect(sent?.status).toBe('SENT');

    const sam = await apiAs('sam.worker');
    const inbox = await sam.ok<{ viewsInbox: { edges: { node: { id: string; version: number; childId: string } }[] } }>(
      '{ viewsInbox(first: 100) { edges { node { id version childId } } } }',
    );
    const node = inbox.viewsInbox.edges.map((e) => e.node).find((n) => n.id === sent!.id);
    // "You said, we did": the reply names a goal of her plan and the meeting where it changed, as the reply form offers them.
    const { child } = await sam.ok<{ child: { currentPlan: { outcomes: { id: string; outcome: string }[] } | null; meetings: { id: string; heldOn: string | null; scheduledFor: string | null; dueDate: string | null }[] } }>(
      'query($id: ID!) { child(id: $id) { currentPlan { outcomes { id outcome } } meetings { id heldOn scheduledFor dueDate } } }',
      { id: node!.childId },
    );
    const goal = child.currentPlan!.outcomes[0];
    const meeting = child.meetings.find((m) => m.heldOn ?? m.scheduledFor ?? m.dueDate)!;
    await sam.ok('mutation($input: ReplyToViewInput!) { replyToView(input: $input) { id } }', {
      input: { viewId: sent!.id, expectedVersion: node!.version, reply: 'We will keep you at your school. I told your carers.', outcomeId: goal.id, meetingId: meeting.id },
    });

    await page.reload();
    await page.getByText('We will keep you at your school. I told your carers.').waitFor();
    const card = page.locator('article', { hasText: words });
    await card.getByText('You said, we did').waitFor();
    await card.getByText(goal.outcome).waitFor();
    await card.getByText(/^At (your review|a meeting about you) on \d{1,2} \w+ \d{4}\.$/).waitFor();
    await checkYoungScreen(page, 'have-my-say-reply');

    // A sent view cannot change, but she can add to it.
    await page.locator('article', { hasText: words }).getByRole('link', { name: /Add more to this/ }).click();
    await page.getByLabel('What do you want to add?').fill('And I want to join the football club.');
    await page.getByRole('button', { name: 'Add it' }).click();
    await page.getByText('And I want to join the football club.').waitFor();
  });

  it('Amira adds a memory to her life story', async () => {
    const page = await harness.newPage();
    await signInYoung(page);
    await open(page, '/life-story/add', 'Add a memory');
    await page.getByLabel('Give it a name').fill('My first football match');
    await page.getByLabel('What do you remember?').fill('Zayn came to watch and we had chips after.');
    await page.getByRole('button', { name: 'Add to my life story' }).click();
    await page.getByRole('heading', { level: 1, name: 'My life story' }).waitFor();
    await page.getByRole('heading', { name: 'My first football match' }).waitFor();
    await page.getByText('Your memory is in your life story now.').waitFor();
  });

  it('Jordan, who has an advocate, is shown who and how to reach them, not offered another', async () => {
    const page = await harness.newPage();
    await signInYoung(page, 'jordan');
    await open(page, '/advocate', 'My advocate');
    await page.getByText('You have an advocate already.').waitFor();
    await page.getByText('Aled', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Ask for an advocate' }).count()).toBe(0);
  });

  it('"I feel unsafe" shows help at once and puts Amira first on her worker\'s drift list', async () => {
    const page = await harness.newPage();
    await signInYoung(page);
    await page.getByRole('link', { name: 'I feel unsafe' }).first().click();
    await page.getByRole('link', { name: 'Call 999' }).waitFor();
    await page.getByRole('link', { name: 'Call Childline 0800 1111' }).waitFor();
    await page.getByRole('button', { name: 'Tell them now' }).click();
    await page.getByText('We have told your worker and their boss.').waitFor();

    const sam = await apiAs('sam.worker');
    const { driftList } = await sam.ok<{ driftList: { child: { displayName: string }; alerts: { code: string }[] }[] }>(
      '{ driftList { child { displayName } alerts { code } } }',
    );
    expect(driftList[0].child.displayName).toMatch(/^Amira/);
    expect(driftList[0].alerts.map((a) => a.code)).toContain('CHILD_FEELS_UNSAFE');
  });

  it('Sam records how long Amira will live there, a move she has been told about, and her teacher; Amira reads them in her words', async () => {
    // Bolton's children's asks (1.3): told about a move first, how long, meeting a new carer first, a trusted teacher.
    const day = (offset: number) => {
      const d = new Date(harness.api.clock.now().getTime() + offset * 86_400_000);
      return [String(d.getUTCDate()), String(d.getUTCMonth() + 1), String(d.getUTCFullYear())];
    };
    const fillDate = async (page: Page, group: RegExp, [d, m, y]: string[]) => {
      const fieldset = page.getByRole('group', { name: group });
      await fieldset.getByLabel('Day').fill(d);
      await fieldset.getByLabel('Month').fill(m);
      await fieldset.getByLabel('Year').fill(y);
    };
    const page = await harness.newPage();
    await harness.signIn(page, 'sam.worker', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.getByRole('link', { name: /Amira Qureshi/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Amira Qureshi/ }).waitFor();
    const childId = /\/children\/([^/?#]+)/.exec(page.url())![1];
    await page.goto(`/children/${childId}/record`);
    await page.getByRole('heading', { level: 1, name: 'Placements, family and more' }).waitFor();
    await page.getByRole('link', { name: /How long, and moving/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'How long, and moving: what the child knows' }).waitFor();

    // Not yet known needs the words for the child; a move needs its date before the day she was told.
    await page.getByLabel('Not yet known', { exact: true }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: /Tell the child, in their words/ }).waitFor();
    await checkScreen(page, 'child-knows-errors');
    await page.getByLabel('Until they are 18 and beyond (permanent)').check();
    await fillDate(page, /Date of the planned move/, day(14));
    await page.getByLabel('Who the child is moving to (optional)').fill('Joy and Sam');
    await fillDate(page, /Date the child was told about the move/, day(-1));
    await page.getByRole('group', { name: /already know the new carers/ }).getByLabel('No').check();
    await checkScreen(page, 'child-knows');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/What Amira.* knows about living with .* has been saved\./).waitFor();
    await page.getByText(/Move planned for .* to Joy and Sam\. Told on/).waitFor();
    await page.getByText('The child has not met the new carers yet').waitFor();

    // Her teacher, shared on her "People who help me".
    await page.getByRole('button', { name: 'Add someone' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add someone to the family and network' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Miss Okafor');
    await page.getByLabel('Relationship to the child').fill('Class teacher at Oakfield');
    await page.getByLabel('Trusted adult', { exact: true }).check();
    await page.getByRole('group', { name: 'What is their role in the child’s life?' }).getByLabel('Teacher', { exact: true }).check();
    await page.getByRole('group', { name: /People who help me/ }).getByLabel('Yes').check();
    await checkScreen(page, 'network-trusted-teacher');
    await page.getByRole('button', { name: 'Add them' }).click();
    await page.getByText(/Miss Okafor has been added/).waitFor();
    await page.getByText(/Shown on the child’s “People who help me”/).waitFor();

    const young = await harness.newPage();
    await signInYoung(young);
    await open(young, '/plan', 'My Forever Plan');
    await young.getByRole('heading', { name: 'Moving home' }).waitFor();
    await young.getByText('You will live with Joy and Sam.').waitFor();
    await young.getByText('You will meet them before you move.').waitFor();
    await young.getByRole('heading', { name: 'How long I will live here' }).waitFor();
    await young.getByText('The plan is for you to live here until you are grown up.').waitFor();
    await young.getByRole('heading', { name: 'Did they think of my family first?' }).waitFor();
    await young.getByRole('heading', { name: 'My teacher' }).waitFor();
    await young.getByText('Miss Okafor', { exact: true }).waitFor();
    await checkYoungScreen(young, 'plan-moving-home');
  });

  it('the quick exit replaces the page with a neutral one, by button and by pressing Shift three times', async () => {
    const page = await harness.newPage();
    // Registered after the harness's third-party block, so it answers first: nothing leaves the machine.
    await page.context().route(EXIT_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE }));
    await signInYoung(page);
    await open(page, '/plan', 'My Forever Plan');
    await page.getByRole('button', { name: /Leave this site quickly/ }).click();
    await page.waitForURL(EXIT_URL);
    await page.getByRole('heading', { name: 'Weather' }).waitFor();
    // location.replace: the portal is not in the back button's history.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);

    const second = await harness.newPage();
    await second.context().route(EXIT_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE }));
    await open(second, '/sign-in', 'Sign in');
    for (let i = 0; i < 3; i += 1) await second.keyboard.press('Shift');
    await second.waitForURL(EXIT_URL);
  });
});
