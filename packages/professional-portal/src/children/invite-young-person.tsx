import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, TextInput, WarningText, useForm, type Validators } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { CreateYoungPersonInvitationDocument, type ChildRecordFragment, type CreateYoungPersonInvitationMutation } from '../gql/graphql';

type Values = { username: string };
type Invitation = CreateYoungPersonInvitationMutation['createYoungPersonInvitation'];

// The same rule as the API's, so the young person's username is right first time.
const USERNAME = /^[a-z][a-z0-9.-]{2,39}$/;
const validators: Validators<Values> = {
  username: (v) =>
    !v.trim()
      ? 'Enter a username for the young person'
      : !USERNAME.test(v.trim())
        ? 'Username must be 3 to 40 lower-case letters, numbers, dots or dashes, starting with a letter'
        : undefined,
};

/** Makes a single-use code for the young person's own portal and shows it once. */
export function InviteYoungPerson({ child }: { child: ChildRecordFragment }) {
  const [open, setOpen] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [create, { loading }] = useMutation(CreateYoungPersonInvitationDocument);
  const suggested = (child.preferredName ?? child.legalFirstName).toLowerCase().replace(/[^a-z0-9]/g, '');
  const form = useForm<Values>({ initialValues: { username: suggested.length >= 3 ? suggested : '' }, validators, fieldIds: { username: 'invite-username' } });

  const submit = form.handleSubmit(async ({ username }) => {
    try {
      const result = await create({ variables: { input: { childId: child.id, username: username.trim() } } });
      if (result.data) setInvitation(result.data.createYoungPersonInvitation);
    } catch (error) {
      const e = apiError(error);
      form.setServerErrors([e.code === 'BAD_USER_INPUT' ? { field: 'username', message: e.message } : { message: e.message }]);
    }
  });

  return (
    <section aria-labelledby="invite-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="invite-heading">
        Invite the young person
      </h2>
      {invitation ? (
        <div className="govuk-inset-text" role="status">
          <p className="govuk-body">Give {child.displayName} this code and username. They use them to choose their own password.</p>
          <p className="govuk-body">
            Code: <span className="fp-code">{invitation.code}</span>
          </p>
          <p className="govuk-body">
            Username: <strong>{invitation.username}</strong>
          </p>
          <p className="govuk-body">The code works once, until {formatDayAndTime(invitation.expiresAt)}.</p>
          <WarningText>You will not be able to see this code again. Write it down or give it to them now.</WarningText>
        </div>
      ) : !open ? (
        <>
          <p className="govuk-body">{child.displayName} can use Forever Planning for young people to see their plan, share their views and keep their life story.</p>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Invite the young person
          </Button>
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
          <TextInput
            label="Username they will sign in with"
            hint="Lower-case letters, numbers, dots or dashes, starting with a letter"
            autoComplete="off"
            spellCheck={false}
            width="20"
            {...form.field('username')}
          />
          <Button type="submit" disabled={loading}>
            Create invitation code
          </Button>
        </form>
      )}
    </section>
  );
}
