import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { ButtonLink, NotificationBanner, UiLink } from '@forever-planning/ui';
import { Loaded, Page } from '../common/page';
import { MyViewsDocument } from '../gql/graphql';
import { TOPIC_WORDS, WORDS } from '../words';
import { ViewCard } from './view-card';

export function HaveMySayPage() {
  const { data, error } = useQuery(MyViewsDocument);
  const state = (useLocation().state ?? {}) as { sent?: boolean; deleted?: boolean; added?: boolean };
  return (
    <Page title={WORDS.pages.haveMySay} lead={WORDS.haveMySay.intro}>
      {(state.sent || state.added) && <NotificationBanner type="success" title={WORDS.write.sentTitle} heading={WORDS.write.sent} />}
      {state.deleted && <NotificationBanner type="success" title={WORDS.write.delete} heading={WORDS.write.deleted} />}
      <ButtonLink href="/have-my-say/write">{WORDS.haveMySay.start}</ButtonLink>
      <Loaded data={data} error={error}>
        {({ myViews }) => {
          const drafts = myViews.filter((v) => v.status === 'DRAFT');
          const sent = myViews.filter((v) => v.status === 'SENT');
          if (myViews.length === 0) return <p className="govuk-body">{WORDS.haveMySay.nothingYet}</p>;
          return (
            <>
              {drafts.length > 0 && (
                <section>
                  <h2 className="govuk-heading-m">{WORDS.haveMySay.draftsTitle}</h2>
                  <ul className="yp-cards">
                    {drafts.map((d) => (
                      <li key={d.id} className="yp-card">
                        <h3 className="govuk-heading-s">{TOPIC_WORDS[d.topic]}</h3>
                        <p className="govuk-body yp-pre yp-clip" data-written>
                          {d.words}
                        </p>
                        <UiLink href={`/have-my-say/write/${d.id}`} className="govuk-link govuk-body">
                          {WORDS.haveMySay.carryOn}
                          <span className="govuk-visually-hidden">: {TOPIC_WORDS[d.topic]}</span>
                        </UiLink>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {sent.length > 0 && (
                <section>
                  <h2 className="govuk-heading-m">{WORDS.haveMySay.sentTitle}</h2>
                  {sent.map((v) => (
                    <ViewCard key={v.id} view={v}>
                      <UiLink href={`/have-my-say/add/${v.id}`} className="govuk-link govuk-body">
                        {WORDS.haveMySay.addMore}
                        <span className="govuk-visually-hidden">: {TOPIC_WORDS[v.topic]}</span>
                      </UiLink>
                    </ViewCard>
                  ))}
                </section>
              )}
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
