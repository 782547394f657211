import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyViewsDocument, SaveViewDraftDocument } from '../gql/graphql';
import { meMock, renderYoung } from '../testing/render-young';
import { WORDS } from '../words';

const viewsMock = (myViews: object[] = []) => ({
  request: { query: MyViewsDocument },
  result: { data: { myViews, myNextMeeting: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const draftView = {
  __typename: 'MyView',
  id: 'view-1',
  version: 3,
  status: 'DRAFT',
  topic: 'FAMILY_TIME',
  words: 'I want to see Layla more',
  mood: 'SAD',
  readers: ['WORKER', 'IRO'],
  meetingId: null,
  sentAt: null,
  followsViewId: null,
  writtenWithMyAdvocate: false,
  reply: null,
};

describe('have my say: writing', () => {
  it('keeps what the child types on the server, and nothing on the device', async () => {
    const saved = jest.fn(() => ({ data: { saveViewDraft: { ...draftView, topic: 'SCHOOL', words: 'I like my school', version: 1 } } }));
    renderYoung('/have-my-say/write?topic=SCHOOL', [
      meMock(),
      viewsMock(),
      { request: { query: SaveViewDraftDocument, variables: () => true }, result: saved, maxUsageCount: Number.POSITIVE_INFINITY },
    ]);
    const box = await screen.findByLabelText(WORDS.write.words);
    expect(screen.getByLabelText('School')).toBeChecked();
    expect(screen.getByLabelText('My worker')).toBeChecked();
    await userEvent.type(box, 'I like my school');
    await waitFor(() => expect(saved).toHaveBeenCalled(), { timeout: 3000 });
    expect(await screen.findByText(WORDS.write.saved)).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('carries on with a draft from the server', async () => {
    renderYoung('/have-my-say/write/view-1', [meMock(), viewsMock([draftView])]);
    expect(await screen.findByLabelText(WORDS.write.words)).toHaveValue('I want to see Layla more');
    expect(screen.getByLabelText('Family time')).toBeChecked();
    expect(screen.getByLabelText('Sad')).toBeChecked();
    expect(screen.getByLabelText('My IRO')).toBeChecked();
  });

  it('will not send without words and a reader, and names what is missing', async () => {
    renderYoung('/have-my-say/write?topic=SCHOOL', [meMock(), viewsMock()]);
    await userEvent.click(await screen.findByLabelText('My worker'));
    await userEvent.click(screen.getByRole('button', { name: WORDS.write.send }));
    expect(await screen.findByRole('link', { name: WORDS.write.noWords })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: WORDS.write.noReaders })).toBeInTheDocument();
  });
});
