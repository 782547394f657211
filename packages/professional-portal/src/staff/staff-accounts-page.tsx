import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { belongsToATeam, PROFESSIONAL_ROLES, ROLE_LABELS } from '@forever-planning/shared';
import { Button, ErrorSummary, NotificationBanner, Select, TextInput, type ErrorSummaryItem } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { CouncilTeamsDocument, RequestStaffAccountDocument, StaffAccountRequestsDocument, type Role } from '../gql/graphql';
import { AccountRequestsTable } from './account-requests';

const EMPTY = { username: '', firstName: '', lastName: '', email: '', role: '', teamId: '', initialPassword: '' };
type Values = typeof EMPTY;

function problems(v: Values): ErrorSummaryItem[] {
  const out: ErrorSummaryItem[] = [];
  if (!v.firstName.trim()) out.push({ fieldId: 'firstName', message: 'Enter their first name' });
  if (!v.lastName.trim()) out.push({ fieldId: 'lastName', message: 'Enter their last name' });
  if (!/^[a-z][a-z0-9.-]{2,39}$/.test(v.username)) out.push({ fieldId: 'username', message: 'Enter a username of 3 to 40 lower-case letters, digits, dots or dashes, starting with a letter' });
  if (!v.role) out.push({ fieldId: 'role', message: 'Choose their role' });
  if (belongsToATeam(v.role) && !v.teamId) out.push({ fieldId: 'teamId', message: 'Choose their team' });
  if (v.initialPassword.length < 12) out.push({ fieldId: 'initialPassword', message: 'Enter a first password of at least 12 characters' });
  return out;
}

/**
 * The administrator asks for a professional's account. It is made only when
 * a head of service approves (two people decide who sees children), so the
 * page shows each request and where it stands.
 */
export function StaffAccountsPage() {
  usePageTitle('Staff accounts');
  const requests = useQuery(StaffAccountRequestsDocument, { fetchPolicy: 'network-only' });
  const teams = useQuery(CouncilTeamsDocument);
  const [requestAccount, { loading: saving }] = useMutation(RequestStaffAccountDocument, { refetchQueries: [StaffAccountRequestsDocument] });
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [asked, setAsked] = useState<string | null>(null);
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value, ...(key === 'role' && !belongsToATeam(value) ? { teamId: '' } : {}) }));
  const errorFor = (id: keyof Values) => errors.find((e) => e.fieldId === id)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problems(values);
    setErrors(found);
    setAsked(null);
    if (found.length > 0) return;
    try {
      await requestAccount({
        variables: {
          input: {
            username: values.username,
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            email: values.email.trim() || null,
            role: values.role as Role,
            teamId: values.teamId || null,
            initialPassword: values.initialPassword,
          },
        },
      });
      setAsked(`${values.firstName.trim()} ${values.lastName.trim()}`);
      setValues(EMPTY);
    } catch (error) {
      const e = apiError(error);
      setErrors([{ fieldId: e.field && e.field in EMPTY ? e.field : undefined, message: e.message }]);
    }
  };

  if (requests.error) return <ErrorPage message={apiError(requests.error).message} />;
  return (
    <>
      {asked && (
        <NotificationBanner type="success" title="Success" heading={`You asked for an account for ${asked}`}>
          <p className="govuk-body">A head of service must approve it. Nobody can sign in with it until then.</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={errors} focusKey={errors} />
      <h1 className="govuk-heading-l">Staff accounts</h1>
      <p className="govuk-body">
        Ask for an account for someone who joins the service. A head of service must approve it before they can sign in: no one person can give
        anyone a role that sees children.
      </p>
      <form onSubmit={submit} noValidate>
        <h2 className="govuk-heading-m">Ask for an account</h2>
        <TextInput id="firstName" label="First name" value={values.firstName} onChange={set('firstName')} error={errorFor('firstName')} autoComplete="off" width="two-thirds" />
        <TextInput id="lastName" label="Last name" value={values.lastName} onChange={set('lastName')} error={errorFor('lastName')} autoComplete="off" width="two-thirds" />
        <TextInput id="username" label="Username" hint="Lower-case letters, digits, dots or dashes, for example sam.okoro" value={values.username} onChange={set('username')} error={errorFor('username')} autoComplete="off" spellCheck={false} width="two-thirds" />
        <TextInput id="email" label="Email address (optional)" type="email" value={values.email} onChange={set('email')} error={errorFor('email')} autoComplete="off" spellCheck={false} width="two-thirds" />
        <Select
          id="role"
          label="Role"
          value={values.role}
          onChange={set('role')}
          error={errorFor('role')}
          options={[{ value: '', label: 'Choose a role' }, ...PROFESSIONAL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]}
        />
        {belongsToATeam(values.role) && (
          <Select
            id="teamId"
            label="Team"
            value={values.teamId}
            onChange={set('teamId')}
            error={errorFor('teamId')}
            options={[{ value: '', label: 'Choose a team' }, ...(teams.data?.councilTeams ?? []).map((t) => ({ value: t.id, label: t.name }))]}
          />
        )}
        <TextInput id="initialPassword" label="First password" hint="At least 12 characters. Tell them in person, and ask them to change it once they have signed in." type="password" value={values.initialPassword} onChange={set('initialPassword')} error={errorFor('initialPassword')} autoComplete="new-password" width="two-thirds" />
        <Button type="submit" disabled={saving}>
          Ask for this account
        </Button>
      </form>
      {requests.loading && !requests.data ? (
        <Loading what="Loading the account requests" />
      ) : (
        <AccountRequestsTable caption="Account requests" requests={requests.data?.staffAccountRequests ?? []} />
      )}
    </>
  );
}
