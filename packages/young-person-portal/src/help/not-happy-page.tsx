import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, Radios, Textarea, useForm, type Validators } from '@forever-planning/ui';
import { Page } from '../common/page';
import { SendNotHappyMessageDocument, type ViewReader } from '../gql/graphql';
import { readerOptions } from '../views/view-options';
import { WORDS } from '../words';

type Values = { sendTo: ViewReader | ''; words: string };
const validators: Validators<Values> = {
  sendTo: (v) => (!v ? WORDS.notHappy.noChoice : undefined),
  words: (v) => (!v.trim() ? WORDS.notHappy.noWords : undefined),
};

/** Who can help, in plain words, and a message to the person I choose. */
export function NotHappyPage() {
  const [send, { data: sent, loading }] = useMutation(SendNotHappyMessageDocument);
  const form = useForm<Values>({ initialValues: { sendTo: '', words: '' }, validators });
  const submit = form.handleSubmit(async ({ sendTo, words }) => {
    try {
      await send({ variables: { input: { sendTo: sendTo as ViewReader, words } } });
    } catch {
      form.setServerErrors([{ message: WORDS.site.problem }]);
    }
  });
  return (
    <Page title={WORDS.pages.notHappy} hasErrors={form.summary.length > 0} lead={WORDS.notHappy.intro}>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <section className="yp-card yp-card--warm">
        <h2 className="govuk-heading-m">{WORDS.notHappy.whoTitle}</h2>
        <ul className="govuk-list yp-list yp-list--spaced">
          <li>{WORDS.notHappy.worker}</li>
          <li>{WORDS.notHappy.advocate}</li>
          <li>{WORDS.notHappy.iro}</li>
          <li>{WORDS.notHappy.complaint}</li>
        </ul>
      </section>
      {sent ? (
        <NotificationBanner type="success" title={WORDS.pages.notHappy} heading={WORDS.notHappy.sent}>
          <p className="govuk-body">{sent.sendNotHappyMessage.whatHappensNext}</p>
        </NotificationBanner>
      ) : (
        <form noValidate onSubmit={submit}>
          <Radios label={WORDS.notHappy.sendTo} options={readerOptions} {...form.field('sendTo')} onChange={(v) => form.setValue('sendTo', v as ViewReader)} />
          <Textarea label={WORDS.notHappy.message} rows={6} {...form.field('words')} />
          <Button type="submit" disabled={loading}>
            {WORDS.notHappy.button}
          </Button>
        </form>
      )}
    </Page>
  );
}
