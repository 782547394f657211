import { render, screen } from '@testing-library/react';
import type { MyViewDetailsFragment } from '../gql/graphql';
import { showLanguage } from '../i18n/i18n';
import { ViewCard } from './view-card';

const sent = (reply: Partial<NonNullable<MyViewDetailsFragment['reply']>>) =>
  ({
    __typename: 'MyView', id: 'view-1', version: 4, status: 'SENT', topic: 'BROTHERS_AND_SISTERS',
    words: 'I want to see Adam every week.', mood: null, readers: ['WORKER'], meetingId: null, sentAt: '2026-04-20T10:00:00.000Z',
    followsViewId: null, writtenWithMyAdvocate: false,
    reply: {
      __typename: 'MyReply', words: 'We asked for more family time.', language: 'en', fromFirstName: 'Sam', fromRoleName: 'YOUR_WORKER', repliedAt: '2026-05-04T10:00:00.000Z',
      planGoal: null, meetingOn: null, meetingIsReview: null, ...reply,
    },
  }) as MyViewDetailsFragment;

afterEach(() => showLanguage('en'));

describe('a view card: "you said, we did"', () => {
  it('names the goal in my plan that changed and the review where it was decided', () => {
    render(<ViewCard view={sent({ planGoal: 'You see Adam every week.', meetingOn: '2026-05-03', meetingIsReview: true })} />);
    expect(screen.getByText('You said, we did')).toBeInTheDocument();
    expect(screen.getByText('We changed your plan. It now says:')).toBeInTheDocument();
    expect(screen.getByText('You see Adam every week.')).toBeInTheDocument();
    expect(screen.getByText('At your review on 3 May 2026.')).toBeInTheDocument();
  });

  it('says "a meeting about you" for a meeting that was not a review, with no plan line when no goal was named', () => {
    render(<ViewCard view={sent({ meetingOn: '2026-05-03', meetingIsReview: false })} />);
    expect(screen.getByText('At a meeting about you on 3 May 2026.')).toBeInTheDocument();
    expect(screen.queryByText('We changed your plan. It now says:')).toBeNull();
  });

  it('adds nothing when the reply names nothing that changed', () => {
    render(<ViewCard view={sent({})} />);
    expect(screen.getByText('We asked for more family time.')).toBeInTheDocument();
    expect(screen.queryByText('You said, we did')).toBeNull();
  });

  it('is in the language the child reads', async () => {
    await showLanguage('cy');
    render(<ViewCard view={sent({ planGoal: 'You see Adam every week.', meetingOn: '2026-05-03', meetingIsReview: true })} />);
    expect(screen.getByText('Dywedaist ti, fe wnaethon ni')).toBeInTheDocument();
    expect(screen.getByText(/^Yn dy adolygiad ar 3 Mai 2026\.$/)).toBeInTheDocument();
    // The topic and who replied come as codes and are said in Welsh, not the server's English.
    expect(screen.getByRole('heading', { name: 'Fy mrodyr a’m chwiorydd' })).toBeInTheDocument();
    expect(screen.getByText(/^Sam, dy weithiwr, /)).toBeInTheDocument();
  });
});
