import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { ReplyLinkChoicesDocument, ReplyToViewDocument, ViewsInboxDocument, type ViewsInboxQuery } from '../gql/graphql';
import { ViewItem } from './views-inbox-page';

type View = ViewsInboxQuery['viewsInbox']['edges'][number]['node'];

const view = {
  __typename: 'View', id: 'view-1', version: 2, childId: 'child-1', childFirstName: 'Amira', topic: 'BROTHERS_AND_SISTERS', mood: null,
  words: 'I want to see Adam every week.', sentAt: '2026-11-20T10:00:00.000Z', readByMe: true, writtenWithAdvocate: false,
  reply: null, replyLanguage: null, replyOutcomeId: null, replyMeetingId: null, repliedAt: null, repliedBy: null,
} as View;

const inbox = { request: { query: ViewsInboxDocument, variables: () => true }, result: { data: { viewsInbox: { __typename: 'ViewConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } } };

const choices = {
  request: { query: ReplyLinkChoicesDocument, variables: { childId: 'child-1' } },
  result: {
    data: {
      child: {
        __typename: 'Child', id: 'child-1',
        currentPlan: { __typename: 'Plan', id: 'plan-1', outcomes: [{ __typename: 'PlanOutcome', id: 'outcome-1', outcome: 'Amira sees Adam every week.', completed: false }] },
        meetings: [
          { __typename: 'Meeting', id: 'meeting-1', type: 'SUBSEQUENT_REVIEW', heldOn: '2026-05-03', scheduledFor: '2026-05-03', dueDate: '2026-05-05' },
          { __typename: 'Meeting', id: 'meeting-2', type: 'PERMANENCE_PLANNING_MEETING', heldOn: null, scheduledFor: null, dueDate: null },
        ],
      },
    },
  },
};

describe('replying to a view: "you said, we did" names what changed', () => {
  it('offers the current plan’s outcomes and the dated meetings, and sends the chosen ones with the reply', async () => {
    let sent: unknown = null;
    const reply = {
      request: {
        query: ReplyToViewDocument,
        variables: (variables: unknown) => {
          sent = variables;
          return true;
        },
      },
      result: {
        data: {
          replyToView: {
            __typename: 'View', id: 'view-1', version: 3, reply: 'We changed your plan.', replyLanguage: 'en', replyOutcomeId: 'outcome-1', replyMeetingId: 'meeting-1',
            repliedAt: '2026-11-24T10:00:00.000Z', readByMe: true, repliedBy: { __typename: 'PersonRef', id: 'me', displayName: 'Sam Worker' },
          },
        },
      },
    };
    render(
      <MockedProvider mocks={[choices, reply, inbox]}>
        <ViewItem view={view} />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reply to Amira' }));
    const outcome = await screen.findByLabelText('What changed in the plan (optional)');
    const meeting = screen.getByLabelText('Where it was decided (optional)');
    // Only meetings with a day are offered: the child reads "at your review on …".
    expect([...meeting.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['No meeting', 'Review, 3 May 2026']);
    await userEvent.type(screen.getByLabelText('You said, we did'), 'We changed your plan.');
    await userEvent.selectOptions(outcome, 'outcome-1');
    await userEvent.selectOptions(meeting, 'meeting-1');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByRole('button', { name: 'Reply to Amira' }).catch(() => undefined);
    expect(sent).toEqual({ input: { viewId: 'view-1', expectedVersion: 2, reply: 'We changed your plan.', language: 'en', outcomeId: 'outcome-1', meetingId: 'meeting-1' } });
  });

  it('sends no links when none is chosen', async () => {
    let sent: unknown = null;
    const reply = {
      request: {
        query: ReplyToViewDocument,
        variables: (variables: unknown) => {
          sent = variables;
          return true;
        },
      },
      result: { data: { replyToView: { __typename: 'View', id: 'view-1', version: 3, reply: 'Thank you.', replyLanguage: 'en', replyOutcomeId: null, replyMeetingId: null, repliedAt: '2026-11-24T10:00:00.000Z', readByMe: true, repliedBy: null } } },
    };
    render(
      <MockedProvider mocks={[choices, reply, inbox]}>
        <ViewItem view={view} />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reply to Amira' }));
    await screen.findByLabelText('What changed in the plan (optional)');
    await userEvent.type(screen.getByLabelText('You said, we did'), 'Thank you.');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toMatchObject({ input: { outcomeId: null, meetingId: null } });
  });
});
