import type { MyViewDetailsFragment } from '../gql/graphql';
import { longDate, WorkerWords } from '../common/page';
import { MOOD_WORDS, READER_WORDS, ROLE_NAME_WORDS, say, TOPIC_WORDS, WORDS } from '../words';

/** One sent view: what I said, and what they said back ("you said, we did"). */
export function ViewCard({ view, children }: { view: MyViewDetailsFragment; children?: React.ReactNode }) {
  return (
    <article className="yp-card">
      <h3 className="govuk-heading-s">{TOPIC_WORDS[view.topic]}</h3>
      <p className="yp-quiet govuk-body-s">
        {view.sentAt && `${WORDS.haveMySay.sentOn} ${longDate(view.sentAt)}. `}
        {view.readers.map((r) => READER_WORDS[r]).join(', ')}
        {view.mood && `. ${MOOD_WORDS[view.mood]}`}
      </p>
      {view.followsViewId && <p className="govuk-body-s yp-quiet">{WORDS.haveMySay.addedTo}</p>}
      {view.writtenWithMyAdvocate && <p className="govuk-body-s yp-quiet">{WORDS.haveMySay.withAdvocate}</p>}
      <div className="yp-said">
        <h4 className="govuk-heading-s">{WORDS.haveMySay.youSaid}</h4>
        <p className="govuk-body yp-pre" data-written>
          {view.words}
        </p>
      </div>
      {view.status === 'SENT' && (
        <div className="yp-reply">
          <h4 className="govuk-heading-s">{WORDS.haveMySay.weDid}</h4>
          {view.reply ? (
            <>
              <WorkerWords words={view.reply.words} language={view.reply.language} />
              <p className="govuk-body-s yp-quiet">
                {view.reply.fromFirstName}, {ROLE_NAME_WORDS[view.reply.fromRoleName]}, {longDate(view.reply.repliedAt)}
              </p>
              <WhatChanged reply={view.reply} />
            </>
          ) : (
            <p className="govuk-body">{WORDS.haveMySay.waiting}</p>
          )}
        </div>
      )}
      {children}
    </article>
  );
}

type Reply = NonNullable<MyViewDetailsFragment['reply']>;

/** "You said, we did": what the reply changed, when the worker named it (a goal in my plan, the meeting where it was decided). */
export function WhatChanged({ reply }: { reply: Reply }) {
  if (!reply.planGoal && !reply.meetingOn) return null;
  return (
    <div className="yp-changed">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{WORDS.haveMySay.youSaidWeDid}</p>
      {reply.planGoal && (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">{WORDS.haveMySay.planChanged}</p>
          {/* The plan's own words, as the worker wrote them (in English). */}
          <p className="govuk-body yp-pre" lang="en" dir="auto">
            {reply.planGoal}
          </p>
        </>
      )}
      {reply.meetingOn && <p className="govuk-body">{say(reply.meetingIsReview ? 'haveMySay.atReview' : 'haveMySay.atMeeting', { date: longDate(reply.meetingOn) })}</p>}
    </div>
  );
}
