import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { Button, ErrorSummary, Textarea, useForm } from '@forever-planning/ui';
import { useMe } from '../app/session';
import { clearLocal, newClientKey, readLocal, writeLocal } from '../common/local-copy';
import { Loaded, NotFoundPage, Page } from '../common/page';
import { AddToViewDocument, MyViewsDocument } from '../gql/graphql';
import { WORDS } from '../words';
import { ViewCard } from './view-card';

type Local = { words: string; clientKey: string };

/** A sent view never changes; the child can add more, which is sent as a new view that follows it. */
export function AddToViewPage() {
  const me = useMe();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const name = `add:${id}`;
  const [local] = useState<Local>(() => readLocal<Local>(me.id, name) ?? { words: '', clientKey: newClientKey() });
  const { data, error } = useQuery(MyViewsDocument);
  const [addToView, { loading }] = useMutation(AddToViewDocument, { refetchQueries: [MyViewsDocument] });
  const form = useForm<{ words: string }>({
    initialValues: { words: '' },
    startValues: { words: local.words },
    validators: { words: (v) => (!v.trim() ? WORDS.write.noWords : undefined) },
  });
  const words = form.field('words');

  const submit = form.handleSubmit(async ({ words: text }) => {
    try {
      await addToView({ variables: { input: { viewId: id, words: text, clientKey: local.clientKey } } });
      clearLocal(me.id, name);
      navigate('/have-my-say', { state: { added: true } });
    } catch {
      form.setServerErrors([{ message: WORDS.write.notSaved }]);
    }
  });

  const view = data?.myViews.find((v) => v.id === id && v.status === 'SENT');
  if (data && !view) return <NotFoundPage />;
  return (
    <Page title={WORDS.write.addTitle} hasErrors={form.summary.length > 0}>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <Loaded data={view} error={error}>
        {(v) => (
          <>
            <ViewCard view={v} />
            <form noValidate onSubmit={submit}>
              <Textarea
                label={WORDS.write.addWords}
                rows={6}
                {...words}
                onChange={(value) => {
                  writeLocal<Local>(me.id, name, { words: value, clientKey: local.clientKey });
                  words.onChange(value);
                }}
              />
              <Button type="submit" disabled={loading}>
                {WORDS.write.addButton}
              </Button>
            </form>
          </>
        )}
      </Loaded>
    </Page>
  );
}
