import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { Button, ErrorSummary, Textarea, useForm } from '@forever-planning/ui';
import { newClientKey } from '../common/client-key';
import { Loaded, NotFoundPage, Page } from '../common/page';
import { useServerDraft } from '../drafts/use-server-draft';
import { AddToViewDocument, MyViewsDocument, type MyViewsQuery } from '../gql/graphql';
import { WORDS } from '../words';
import { ViewCard } from './view-card';

type Kept = { words: string; clientKey: string };

function AddForm({ view, start, draft }: { view: MyViewsQuery['myViews'][number]; start: Kept; draft: ReturnType<typeof useServerDraft<Kept>> }) {
  const navigate = useNavigate();
  const [addToView, { loading }] = useMutation(AddToViewDocument, { refetchQueries: [MyViewsDocument] });
  const form = useForm<{ words: string }>({
    initialValues: { words: start.words },
    validators: { words: (v) => (!v.trim() ? WORDS.write.noWords : undefined) },
  });
  const words = form.field('words');
  const submit = form.handleSubmit(async ({ words: text }) => {
    try {
      await addToView({ variables: { input: { viewId: view.id, words: text, clientKey: start.clientKey } } });
      await draft.discard();
      navigate('/have-my-say', { state: { added: true } });
    } catch {
      form.setServerErrors([{ message: WORDS.write.notSaved }]);
    }
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <ViewCard view={view} />
      <form noValidate onSubmit={submit}>
        <Textarea
          label={WORDS.write.addWords}
          rows={6}
          {...words}
          onChange={(value) => {
            draft.keep({ words: value, clientKey: start.clientKey });
            words.onChange(value);
          }}
        />
        <Button type="submit" disabled={loading}>
          {WORDS.write.addButton}
        </Button>
      </form>
    </>
  );
}

/** A sent view never changes; the child can add more, which is sent as a new view that follows it. Unsent words wait on the server. */
export function AddToViewPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(MyViewsDocument);
  const draft = useServerDraft<Kept>(`add:${id}`);
  const view = data?.myViews.find((v) => v.id === id && v.status === 'SENT');
  if (data && !view) return <NotFoundPage />;
  const ready = view && draft.start ? { view, kept: draft.start.value ?? { words: '', clientKey: newClientKey() } } : undefined;
  return (
    <Page title={WORDS.write.addTitle}>
      <Loaded data={ready} error={error ?? draft.error}>
        {(r) => <AddForm view={r.view} start={r.kept} draft={draft} />}
      </Loaded>
    </Page>
  );
}
