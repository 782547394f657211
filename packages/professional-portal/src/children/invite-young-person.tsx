import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, TextInput, WarningText, useForm, type Validators } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { CreateYoungPersonInvitationDocument, type ChildRecordFragment, type CreateYoungPersonInvitationMutation } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Values = { username: string };
type Invitation = CreateYoungPersonInvitationMutation['createYoungPersonInvitation'];

// The same rule as the API's, so the young person's username is right first time.
const USERNAME = /^[a-z][a-z0-9.-]{2,39}$/;
const validators: Validators<Values> = {
  username: (v) =>
    !v.trim()
      ? say('children.inviteYoungPerson.enterAUsernameFor')
      : !USERNAME.test(v.trim())
        ? say('children.inviteYoungPerson.usernameMustBe3')
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
        {say('children.inviteYoungPerson.inviteTheYoungPerson')}
      </h2>
      {invitation ? (
        <div className="govuk-inset-text" role="status">
          <p className="govuk-body">{say('children.inviteYoungPerson.giveThisCodeAnd', { displayName: child.displayName })}</p>
          <p className="govuk-body">
            {say('children.inviteYoungPerson.code')}{' '}<span className="fp-code">{invitation.code}</span>
          </p>
          <p className="govuk-body">
            {say('children.inviteYoungPerson.username')}{' '}<strong>{invitation.username}</strong>
          </p>
          <p className="govuk-body">{say('children.inviteYoungPerson.theCodeWorksOnce', { expiresAt: formatDayAndTime(invitation.expiresAt) })}</p>
          <WarningText>{say('children.inviteYoungPerson.youWillNotBe')}</WarningText>
        </div>
      ) : !open ? (
        <>
          <p className="govuk-body">{say('children.inviteYoungPerson.canUseForever', { displayName: child.displayName })}</p>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {say('children.inviteYoungPerson.inviteTheYoungPerson')}
          </Button>
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
          <TextInput
            label={say('children.inviteYoungPerson.usernameTheyWillSign')}
            hint={say('children.inviteYoungPerson.lowerCaseLettersNumbersDots')}
            autoComplete="off"
            spellCheck={false}
            width="20"
            {...form.field('username')}
          />
          <Button type="submit" disabled={loading}>
            {say('children.inviteYoungPerson.createInvitationCode')}
          </Button>
        </form>
      )}
    </section>
  );
}
