import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { BackLink } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { LifeStoryAsChildSeesDocument } from '../gql/graphql';

/** Exactly what the child's own portal shows today: the worker checks it before the child does. */
export function LifeStoryPreviewPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(LifeStoryAsChildSeesDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const child = data?.child;
  usePageTitle(child ? `${child.displayName}’s life story as they see it` : 'Life story preview');
  if (loading && !child) return <Loading what="Loading the preview" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The preview could not be loaded.'} />;
  const items = child.lifeStoryAsChildSees;
  return (
    <>
      <BackLink href={`/children/${child.id}/life-story`}>Back to life story work</BackLink>
      <span className="govuk-caption-l">Preview</span>
      <h1 className="govuk-heading-l">{child.displayName}’s life story, as they see it today</h1>
      <div className="govuk-inset-text">This is what {child.displayName} sees on their own portal today. Items released later are not shown.</div>
      {items.length === 0 && <p className="govuk-body">{child.displayName} cannot see anything in their life story yet.</p>}
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
