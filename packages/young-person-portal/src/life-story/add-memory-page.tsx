import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { Button, DateInput, ErrorSummary, EMPTY_DATE, isDateEmpty, isoDate, TextInput, Textarea, useForm, type DateParts, type Validators } from '@forever-planning/ui';
import { useMe } from '../app/session';
import { clearLocal, newClientKey, readLocal, writeLocal } from '../common/local-copy';
import { Page } from '../common/page';
import { AddMyMemoryDocument, MyLifeStoryDocument } from '../gql/graphql';
import { WORDS } from '../words';

type Values = { title: string; words: string; when: DateParts };
type Local = { values: Values; clientKey: string };
const LOCAL = 'memory:new';

const validators: Validators<Values> = {
  title: (v) => (!v.trim() ? WORDS.lifeStory.noTitle : undefined),
  words: (v) => (!v.trim() ? WORDS.lifeStory.noWords : undefined),
  when: (v) => (!isDateEmpty(v) && !isoDate(v) ? WORDS.lifeStory.badDate : undefined),
};

/** Add my own memory (words; photos come later). Kept on the device as it is written. */
export function AddMemoryPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [local] = useState<Local>(() => readLocal<Local>(me.id, LOCAL) ?? { values: { title: '', words: '', when: EMPTY_DATE }, clientKey: newClientKey() });
  const [add, { loading }] = useMutation(AddMyMemoryDocument, { refetchQueries: [MyLifeStoryDocument] });
  const form = useForm<Values>({ initialValues: { title: '', words: '', when: EMPTY_DATE }, startValues: local.values, validators });
  const kept = <K extends keyof Values>(key: K) => {
    const field = form.field(key);
    return {
      ...field,
      onChange: (value: Values[K]) => {
        writeLocal<Local>(me.id, LOCAL, { values: { ...form.values, [key]: value }, clientKey: local.clientKey });
        field.onChange(value);
      },
    };
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      await add({
        variables: { input: { kind: 'MEMORY', title: values.title.trim(), words: values.words, occurredOn: isoDate(values.when), clientKey: local.clientKey } },
      });
      clearLocal(me.id, LOCAL);
      navigate('/life-story', { state: { added: true } });
    } catch {
      form.setServerErrors([{ message: WORDS.site.problem }]);
    }
  });

  return (
    <Page title={WORDS.lifeStory.addTitle} hasErrors={form.summary.length > 0}>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <form noValidate onSubmit={submit}>
        <TextInput label={WORDS.lifeStory.memoryTitle} {...kept('title')} />
        <Textarea label={WORDS.lifeStory.memoryWords} rows={6} {...kept('words')} />
        <DateInput label={WORDS.lifeStory.memoryWhen} hint={WORDS.lifeStory.memoryWhenHint} {...kept('when')} />
        <Button type="submit" disabled={loading}>
          {WORDS.lifeStory.addButton}
        </Button>
      </form>
    </Page>
  );
}
