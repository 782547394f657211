import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, Radios, Textarea, useForm, type Validators } from '@forever-planning/ui';
import { Page } from '../common/page';
import { SendNotHappyMessageDocument, type Mood, type ViewReader } from '../gql/graphql';
import { moodOptions, readerOptions } from '../views/view-options';
import { MyMessages } from './my-messages';
import { WORDS } from '../words';

type Values = { sendTo: ViewReader | ''; words: string; mood: Mood | '' };
const validators: Validators<Values> = {
  sendTo: (v) => (!v ? WORDS.notHappy.noChoice : undefined),
  words: (v) => (!v.trim() ? WORDS.notHappy.noWords : undefined),
};

/** Who can help, in plain words, and a message to the person I choose. */
export function NotHappyPage() {
  const [send, { data: sent, loading }] = useMutation(SendNotHappyMessageDocument);
  const form = useForm<Values>({ initialValues: { sendTo: '', words: '', mood: '' }, validators });
  const submit = form.handleSubmit(async ({ sendTo, words, mood }) => {
    try {
      await send({ variables: { input: { sendTo: sendTo as ViewReader, words, mood: mood || null } } });
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
        <>
          <NotificationBanner type="success" title={WORDS.pages.notHappy} heading={WORDS.notHappy.sent}>
            <p className="govuk-body">{sent.sendNotHappyMessage.whatHappensNext}</p>
          </NotificationBanner>
          <MyMessages kind="NOT_HAPPY" latest={1} watch />
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <Radios label={WORDS.notHappy.sendTo} options={readerOptions} {...form.field('sendTo')} onChange={(v) => form.setValue('sendTo', v as ViewReader)} />
          <Textarea label={WORDS.notHappy.message} rows={6} {...form.field('words')} />
          <Radios label={WORDS.write.mood} hint={WORDS.write.moodHint} options={moodOptions} {...form.field('mood')} onChange={(v) => form.setValue('mood', v as Mood | '')} />
          <Button type="submit" disabled={loading}>
            {WORDS.notHappy.button}
          </Button>
        </form>
      )}
    </Page>
  );
}
