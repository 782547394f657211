import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeLocal } from '../common/local-copy';
import { MyViewsDocument } from '../gql/graphql';
import { amira, meMock, renderYoung } from '../testing/render-young';
import { WORDS } from '../words';
import { localName, type LocalViewDraft } from './write-view-page';

const viewsMock = {
  request: { query: MyViewsDocument },
  result: { data: { myViews: [], myNextMeeting: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

beforeEach(() => localStorage.clear());

describe('have my say: writing', () => {
  it('keeps every keystroke on the device, under the child’s own key', async () => {
    renderYoung('/have-my-say/write?topic=SCHOOL', [meMock(), viewsMock]);
    const box = await screen.findByLabelText(WORDS.write.words);
    expect(screen.getByLabelText('School')).toBeChecked();
    expect(screen.getByLabelText('My worker')).toBeChecked();
    await userEvent.type(box, 'I like my school');
    const kept = JSON.parse(localStorage.getItem(`fp:young:${amira.id}:${localName(null)}`) ?? 'null') as LocalViewDraft;
    expect(kept.values.words).toBe('I like my school');
    expect(kept.values.topic).toBe('SCHOOL');
  });

  it('after the session ended, picks up what was being written, and says so', async () => {
    writeLocal<LocalViewDraft>(amira.id, localName(null), {
      id: null,
      version: null,
      clientKey: 'client-key-1',
      values: { topic: 'FAMILY_TIME', words: 'I want to see Layla more', mood: 'SAD', readers: ['WORKER', 'IRO'], forMeeting: [] },
    });
    renderYoung('/have-my-say/write', [meMock(), viewsMock]);
    expect(await screen.findByText(WORDS.write.restored)).toBeInTheDocument();
    expect(screen.getByLabelText(WORDS.write.words)).toHaveValue('I want to see Layla more');
    expect(screen.getByLabelText('Family time')).toBeChecked();
    expect(screen.getByLabelText('Sad')).toBeChecked();
    expect(screen.getByLabelText('My IRO')).toBeChecked();
  });

  it('will not send without words and a reader, and names what is missing', async () => {
    renderYoung('/have-my-say/write?topic=SCHOOL', [meMock(), viewsMock]);
    await userEvent.click(await screen.findByLabelText('My worker'));
    await userEvent.click(screen.getByRole('button', { name: WORDS.write.send }));
    expect(await screen.findByRole('link', { name: WORDS.write.noWords })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: WORDS.write.noReaders })).toBeInTheDocument();
  });
});
