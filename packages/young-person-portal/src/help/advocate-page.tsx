import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, Textarea, useForm } from '@forever-planning/ui';
import { apiError } from '../common/api-error';
import { Loaded, Page } from '../common/page';
import { MyHelpersDocument, RequestAdvocateDocument } from '../gql/graphql';
import { PeopleList } from '../plan/people';
import { ADVOCATE_OUTCOME_WORDS, READER_WORDS, say, WORDS } from '../words';

/** The ages the council offers an advocate, from its policy (the server decides who may ask). */
const advocacyAgesWords = (p: { advocacyFromAge: number; advocacyUntilAge: number }) =>
  say('advocate.ages', { from: p.advocacyFromAge, until: p.advocacyUntilAge });

export function AdvocatePage() {
  const { data, error } = useQuery(MyHelpersDocument);
  const [request, { data: done, loading }] = useMutation(RequestAdvocateDocument);
  const form = useForm<{ reason: string }>({ initialValues: { reason: '' }, validators: {} });
  const submit = form.handleSubmit(async ({ reason }) => {
    try {
      await request({ variables: { reason: reason.trim() || null } });
    } catch (e) {
      // The server's reason is English: the child reads the council's ages in their own language.
      const ages = apiError(e).field === 'age' && data ? advocacyAgesWords(data.myProfile) : null;
      form.setServerErrors([{ message: ages ?? WORDS.site.problem }]);
    }
  });
  return (
    <Page title={data?.myProfile.myAdvocate && !done ? WORDS.advocate.myTitle : WORDS.pages.advocate} hasErrors={form.summary.length > 0} lead={WORDS.advocate.intro}>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <Loaded data={data} error={error}>
        {({ myProfile }) => {
          if (done) return <NotificationBanner type="success" title={WORDS.pages.advocate} heading={WORDS.advocate.done}>{<p className="govuk-body">{ADVOCATE_OUTCOME_WORDS[done.requestAdvocate.outcome]}</p>}</NotificationBanner>;
          // Someone who has an advocate is shown who and how to reach them, not asked whether they want one.
          if (myProfile.myAdvocate) {
            return (
              <>
                <p className="govuk-body">{WORDS.advocate.haveOne}</p>
                <PeopleList people={[{ key: 'advocate', label: READER_WORDS.ADVOCATE, person: myProfile.myAdvocate }]} />
                <p className="govuk-body">{WORDS.advocate.different}</p>
              </>
            );
          }
          if (!myProfile.mayAskForAdvocate) return <p className="govuk-body">{advocacyAgesWords(myProfile)}</p>;
          return (
            <form noValidate onSubmit={submit}>
              <p className="govuk-body">{advocacyAgesWords(myProfile)}</p>
              <Textarea label={WORDS.advocate.reason} hint={WORDS.advocate.reasonHint} rows={4} {...form.field('reason')} />
              <Button type="submit" disabled={loading}>
                {WORDS.advocate.button}
              </Button>
            </form>
          );
        }}
      </Loaded>
    </Page>
  );
}
