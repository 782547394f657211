import { useMutation } from '@apollo/client/react';
import { Button, NotificationBanner, Textarea, useForm } from '@forever-planning/ui';
import { useSession } from '../app/session';
import { Page } from '../common/page';
import { ReportFeelingUnsafeDocument } from '../gql/graphql';
import { useLanguage } from '../app/language';
import { say, WORDS } from '../words';
import { MyMessages } from './my-messages';

/**
 * Help now comes first and needs nothing (no sign-in, no network): 999 and
 * Childline. A signed-in child can also alert their worker and team manager,
 * which puts them at the top of the drift list.
 */
export function UnsafePage() {
  const { me } = useSession();
  const { language } = useLanguage();
  const [report, { data: sent, loading, error }] = useMutation(ReportFeelingUnsafeDocument);
  const form = useForm<{ words: string }>({ initialValues: { words: '' }, validators: {} });
  const submit = form.handleSubmit(async ({ words }) => {
    await report({ variables: { input: { words: words.trim() || null } } }).catch(() => undefined);
  });
  // Once sent, the answer comes first and is focused: the page then scrolls to it, so Call 999 sits
  // just below it rather than up under the exit bar.
  return (
    <Page title={WORDS.pages.unsafe} tabTitle={WORDS.tabTitles.help} lead={WORDS.unsafe.intro}>
      {sent && (
        <>
          <NotificationBanner type="success" title={WORDS.unsafe.tellWorker} heading={WORDS.unsafe.sent}>
            <p className="govuk-body">{say('unsafe.helpNow', { help: sent.reportFeelingUnsafe.emergencyNumber, line: sent.reportFeelingUnsafe.childlineNumber })}</p>
          </NotificationBanner>
          {/* Who saw it and when, as soon as they do. */}
          <MyMessages kind="UNSAFE" latest={1} watch />
        </>
      )}
      <div className="yp-help-now">
        <a className="govuk-button govuk-button--warning yp-call" href="tel:999">
          {WORDS.unsafe.call999}
        </a>
        <p className="govuk-body-l">{WORDS.unsafe.childline}</p>
        <a className="govuk-button yp-call" href="tel:08001111">
          {WORDS.unsafe.callChildline}
        </a>
        {language !== 'en' && (
          <>
            {/* Childline's counsellors can call in an interpreter: the child says which language, in English. */}
            <p className="govuk-body">{WORDS.unsafe.interpreter}</p>
            <p className="govuk-body" lang="en-GB" dir="ltr">
              {WORDS.unsafe.englishWords}
            </p>
          </>
        )}
      </div>
      {me && !sent && (
        <section className="yp-card yp-card--warm">
          <h2 className="govuk-heading-m">{WORDS.unsafe.tellWorker}</h2>
          <form noValidate onSubmit={submit}>
            <p className="govuk-body">{WORDS.unsafe.tellHint}</p>
            {error && <p className="govuk-error-message">{WORDS.site.problem}</p>}
            <Textarea label={WORDS.unsafe.words} hint={WORDS.unsafe.wordsHint} rows={3} {...form.field('words')} />
            <Button type="submit" variant="warning" disabled={loading}>
              {WORDS.unsafe.button}
            </Button>
          </form>
        </section>
      )}
    </Page>
  );
}
