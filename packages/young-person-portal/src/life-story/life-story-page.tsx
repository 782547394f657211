import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { ButtonLink, NotificationBanner } from '@forever-planning/ui';
import { Loaded, longDate, Page } from '../common/page';
import { MyLifeStoryDocument } from '../gql/graphql';
import { WORDS } from '../words';

/** A timeline of what is shared with me and what I added; anything else is not even counted. */
export function LifeStoryPage() {
  const { data, error } = useQuery(MyLifeStoryDocument);
  const added = (useLocation().state as { added?: boolean } | null)?.added;
  return (
    <Page title={WORDS.pages.lifeStory} lead={WORDS.lifeStory.intro}>
      {added && <NotificationBanner type="success" title={WORDS.lifeStory.addTitle} heading={WORDS.lifeStory.added} />}
      <ButtonLink href="/life-story/add">{WORDS.lifeStory.addTitle}</ButtonLink>
      <Loaded data={data} error={error}>
        {({ myLifeStory }) =>
          myLifeStory.count === 0 ? (
            <p className="govuk-body">{WORDS.lifeStory.empty}</p>
          ) : (
            <>
              <p className="govuk-body yp-quiet">
                {WORDS.lifeStory.count}: {myLifeStory.count}
              </p>
              <ol className="yp-timeline">
                {myLifeStory.items.map((item) => (
                  <li key={item.id} className={item.addedByMe ? 'yp-timeline__item yp-timeline__item--mine' : 'yp-timeline__item'}>
                    {item.occurredOn && <p className="govuk-body-s yp-quiet yp-timeline__when">{longDate(item.occurredOn)}</p>}
                    <h2 className="govuk-heading-s">{item.title}</h2>
                    {item.words && <p className="govuk-body yp-pre">{item.words}</p>}
                    {item.addedByMe && <p className="govuk-body-s yp-quiet">{WORDS.lifeStory.addedByMe}</p>}
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
