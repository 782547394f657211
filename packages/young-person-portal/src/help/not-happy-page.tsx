import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, Radios, Textarea, useForm, type Validators } from '@forever-planning/ui';
import { Loaded, Page } from '../common/page';
import { useServerDraft } from '../drafts/use-server-draft';
import { SendNotHappyMessageDocument, type Mood, type ViewReader } from '../gql/graphql';
import { moodOptions, readerOptions } from '../views/view-options';
import { MyMessages } from './my-messages';
import { READER_WORDS, say, WORDS } from '../words';

type Values = { sendTo: ViewReader | ''; words: string; mood: Mood | '' };
const EMPTY: Values = { sendTo: '', words: '', mood: '' };
const validators: Validators<Values> = {
  sendTo: (v) => (!v ? WORDS.notHappy.noChoice : undefined),
  words: (v) => (!v.trim() ? WORDS.notHappy.noWords : undefined),
};

function MessageForm({ start, draft }: { start: Values; draft: ReturnType<typeof useServerDraft<Values>> }) {
  const [send, { data: sent, loading }] = useMutation(SendNotHappyMessageDocument);
  const form = useForm<Values>({ initialValues: EMPTY, startValues: start, validators });
  // Whom the child told, for "… will get back to you" in their language.
  const [told, setTold] = useState<ViewReader>('WORKER');
  const kept = <K extends keyof Values>(key: K) => {
    const field = form.field(key);
    return {
      ...field,
      onChange: (value: Values[K]) => {
        draft.keep({ ...form.values, [key]: value });
        field.onChange(value);
      },
    };
  };
  const submit = form.handleSubmit(async ({ sendTo, words, mood }) => {
    try {
      setTold(sendTo as ViewReader);
      await send({ variables: { input: { sendTo: sendTo as ViewReader, words, mood: mood || null } } });
      await draft.discard();
    } catch {
      form.setServerErrors([{ message: WORDS.site.problem }]);
    }
  });
  if (sent) {
    return (
      <>
        <NotificationBanner type="success" title={WORDS.pages.notHappy} heading={WORDS.notHappy.sent}>
          <p className="govuk-body">{say('notHappy.whatNext', { who: READER_WORDS[told] })}</p>
        </NotificationBanner>
        {/* Who saw it and when, and any reply, as soon as they come. */}
        <MyMessages kind="NOT_HAPPY" latest={1} watch />
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <form noValidate onSubmit={submit}>
        <Radios label={WORDS.notHappy.sendTo} options={readerOptions()} {...kept('sendTo')} onChange={(v) => kept('sendTo').onChange(v as ViewReader)} />
        <Textarea label={WORDS.notHappy.message} hint={WORDS.notHappy.keptHint} rows={6} {...kept('words')} />
        <Radios label={WORDS.write.mood} hint={WORDS.write.moodHint} options={moodOptions()} {...kept('mood')} onChange={(v) => kept('mood').onChange(v as Mood | '')} />
        <Button type="submit" disabled={loading}>
          {WORDS.notHappy.button}
        </Button>
      </form>
    </>
  );
}

/** Who can help, in plain words, and a message to the person I choose. What I write is kept on the server until I send it. */
export function NotHappyPage() {
  const draft = useServerDraft<Values>('not-happy');
  return (
    <Page title={WORDS.pages.notHappy} tabTitle={WORDS.tabTitles.message} lead={WORDS.notHappy.intro}>
      <section className="yp-card yp-card--warm">
        <h2 className="govuk-heading-m">{WORDS.notHappy.whoTitle}</h2>
        <ul className="govuk-list yp-list yp-list--spaced">
          <li>{WORDS.notHappy.worker}</li>
          <li>{WORDS.notHappy.advocate}</li>
          <li>{WORDS.notHappy.iro}</li>
          <li>{WORDS.notHappy.complaint}</li>
        </ul>
      </section>
      <Loaded data={draft.start} error={draft.error}>
        {(start) => <MessageForm start={start.value ?? EMPTY} draft={draft} />}
      </Loaded>
    </Page>
  );
}
