import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { BackLink } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { LifeStoryAsChildSeesDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

/** Exactly what the child's own portal shows today: the worker checks it before the child does. */
export function LifeStoryPreviewPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(LifeStoryAsChildSeesDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const child = data?.child;
  usePageTitle(child ? say('lifeStory.lifeStoryPreviewPage.sLifeStoryAs', { displayName: child.displayName }) : say('lifeStory.lifeStoryPreviewPage.lifeStoryPreview'));
  if (loading && !child) return <Loading what={say('lifeStory.lifeStoryPreviewPage.loadingThePreview')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('lifeStory.lifeStoryPreviewPage.thePreviewCouldNot')} />;
  const items = child.lifeStoryAsChildSees;
  return (
    <>
      <BackLink href={`/children/${child.id}/life-story`}>{say('lifeStory.lifeStoryPreviewPage.backToLifeStory')}</BackLink>
      <span className="govuk-caption-l">{say('lifeStory.lifeStoryPreviewPage.preview')}</span>
      <h1 className="govuk-heading-l">{say('lifeStory.lifeStoryPreviewPage.sLifeStoryAs2', { displayName: child.displayName })}</h1>
      <div className="govuk-inset-text">{say('lifeStory.lifeStoryPreviewPage.thisIsWhatSees', { displayName: child.displayName })}</div>
      {items.length === 0 && <p className="govuk-body">{say('lifeStory.lifeStoryPreviewPage.cannotSeeAnythingIn', { displayName: child.displayName })}</p>}
      <ol className="govuk-list fp-life-story-preview">
        {items.map((item) => (
          <li key={item.id} className="fp-life-story-preview__item">
            <h2 className="govuk-heading-m">{item.title}</h2>
            {item.occurredOn && <p className="govuk-body-s">{formatDate(item.occurredOn)}</p>}
            {item.media?.displayUrl && <img className="fp-life-story-preview__photo" src={item.media.displayUrl} alt={item.title} />}
            {item.words && <p className="govuk-body fp-pre-line">{item.words}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
