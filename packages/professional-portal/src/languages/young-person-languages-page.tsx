import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkboxes, ErrorSummary, NotificationBanner } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { SetYoungPersonLanguagesDocument, YoungPersonLanguagesDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

/**
 * Administrator: which languages the young-person portal may be shown in. The
 * catalogues other than English are unchecked drafts, so each is off until the
 * council switches it on. Every word here comes from the catalogue.
 */
export function YoungPersonLanguagesPage() {
  usePageTitle(say('languages.title'));
  const { data, loading, error } = useQuery(YoungPersonLanguagesDocument, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetYoungPersonLanguagesDocument);
  const [chosen, setChosen] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rows = data?.youngPersonLanguages;
  useEffect(() => {
    if (rows) setChosen(rows.filter((l) => l.switchedOn && l.code !== 'en').map((l) => l.code));
  }, [rows]);
  if (loading && !data) return <Loading what={say('languages.title')} />;
  if (error) return <ErrorPage message={apiError(error).message} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    try {
      await save({ variables: { languages: ['en', ...chosen] } });
      setSaved(true);
    } catch (e) {
      setProblem(apiError(e).message);
    }
  };
  const options = (rows ?? [])
    .filter((l) => l.code !== 'en')
    .map((l) => ({
      value: l.code,
      label: say('languages.option', { englishName: l.englishName, ownName: l.ownName, status: say('languages.unchecked') }),
      hint: l.dir === 'rtl' ? say('languages.rightToLeft') : undefined,
    }));
  return (
    <>
      {saved && <NotificationBanner type="success" title={say('languages.success')} heading={say('languages.saved')} />}
      <ErrorSummary errors={problem ? [{ message: problem, fieldId: 'young-person-languages' }] : []} />
      <h1 className="govuk-heading-l">{say('languages.title')}</h1>
      <p className="govuk-body">{say('languages.intro')}</p>
      <div className="govuk-inset-text">{say('languages.drafts')}</div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Checkboxes id="young-person-languages" label={say('languages.question')} hint={`${say('languages.hint')} ${say('languages.alwaysOn')}`} options={options} value={chosen} onChange={setChosen} />
        <Button type="submit" disabled={saving.loading}>
          {say('languages.save')}
        </Button>
      </form>
    </>
  );
}
