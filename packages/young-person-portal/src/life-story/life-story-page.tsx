import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { ButtonLink, NotificationBanner } from '@forever-planning/ui';
import { Loaded, longDate, Page } from '../common/page';
import { MyLifeStoryDocument, type MyLifeStoryQuery } from '../gql/graphql';
import { WORDS } from '../words';

type Media = NonNullable<MyLifeStoryQuery['myLifeStory']['items'][number]['media']>;

/** A photo opens its screen size; anything else (a PDF) is a download. Links expire in minutes, so they are never kept. */
function ItemMedia({ media, title }: { media: Media; title: string }) {
  if (media.thumbnailUrl) {
    return (
      <a className="yp-photo" href={media.displayUrl ?? media.downloadUrl}>
        <img className="yp-photo__image" src={media.thumbnailUrl} alt={title} loading="lazy" />
      </a>
    );
  }
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={media.downloadUrl} download>
        {WORDS.lifeStory.getFile}
        <span className="govuk-visually-hidden">: {title}</span> ({WORDS.lifeStory.pdf})
      </a>
    </p>
  );
}

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
                    {item.media && <ItemMedia media={item.media} title={item.title} />}
                    {item.words && <p className="govuk-body yp-pre">{item.words}</p>}
                    {item.addedByMe && <p className="govuk-body-s yp-quiet">{WORDS.lifeStory.addedByMe}</p>}
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </Loaded>
      <h2 className="govuk-heading-m">{WORDS.lifeStory.bookTitle}</h2>
      <p className="govuk-body">{WORDS.lifeStory.bookIntro}</p>
      <p className="govuk-body">
        <a className="govuk-link yp-book-link" href="/life-story-book/me" download>
          {WORDS.lifeStory.getBook} ({WORDS.lifeStory.pdf})
        </a>
      </p>
    </Page>
  );
}
