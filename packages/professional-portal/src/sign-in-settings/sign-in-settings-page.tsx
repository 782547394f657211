import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@forever-planning/shared';
import { Button, NotificationBanner, SummaryList, Table, type Column } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { SetStaffTotpRequiredDocument, SingleSignOnSettingsDocument, type SignInProviderSettingsFragment } from '../gql/graphql';
import { ProviderForm } from './provider-form';

type Mapping = SignInProviderSettingsFragment['roleMappings'][number];

const columns: Column<Mapping>[] = [
  { key: 'claimValue', header: 'Group or app role sent by the provider', cell: (m) => <code className="fp-break-anywhere">{m.claimValue}</code> },
  { key: 'role', header: 'Role in Forever Planning', cell: (m) => ROLE_LABELS[m.role] },
  { key: 'team', header: 'Team', cell: (m) => m.teamName ?? 'None' },
];

/** Administrator: how this council's staff sign in: its own identity provider, and authenticator codes after a local password. */
export function SignInSettingsPage() {
  const { data, loading, error, refetch } = useQuery(SingleSignOnSettingsDocument, { fetchPolicy: 'network-only' });
  const [setTotp, settingTotp] = useMutation(SetStaffTotpRequiredDocument);
  const [editing, setEditing] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [totpProblem, setTotpProblem] = useState<string | null>(null);
  usePageTitle(editing ? 'Change staff sign-in' : 'Staff sign-in');
  if (loading && !data) return <Loading what="Loading the sign-in settings" />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  const settings = data?.singleSignOnSettings ?? null;
  const policy = data?.staffSignInPolicy;

  const toggleTotp = async () => {
    setTotpProblem(null);
    try {
      const result = await setTotp({ variables: { required: !policy?.staffTotpRequired } });
      setBanner(result.data?.setStaffTotpRequired.staffTotpRequired ? 'Staff now need a code from an authenticator app after their password.' : 'Staff no longer need an authenticator code to sign in.');
      await refetch();
    } catch (e) {
      setTotpProblem(apiError(e).message);
    }
  };

  if (editing) {
    return (
      <>
        <h1 className="govuk-heading-l">Staff sign-in</h1>
        <ProviderForm
          current={settings}
          teams={data?.councilTeams ?? []}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setBanner('The identity provider settings are saved.');
            void refetch();
          }}
        />
      </>
    );
  }

  return (
    <>
      {banner && <NotificationBanner type="success" title="Success" heading={banner} />}
      <h1 className="govuk-heading-l">Staff sign-in</h1>

      <h2 className="govuk-heading-m">Authenticator codes after a password</h2>
      {totpProblem && <p className="govuk-error-message">{totpProblem}</p>}
      <SummaryList
        rows={[
          {
            key: 'Code from an authenticator app',
            value: policy?.staffTotpRequired
              ? 'Required: staff who sign in with a Forever Planning password also give a 6-digit code from an app on their phone'
              : 'Not required',
          },
          { key: 'Staff who have set up an app', value: String(policy?.staffEnrolled ?? 0) },
        ]}
      />
      <Button variant={policy?.staffTotpRequired ? 'secondary' : 'primary'} onClick={() => void toggleTotp()} disabled={settingTotp.loading}>
        {policy?.staffTotpRequired ? 'Stop requiring authenticator codes' : 'Require authenticator codes'}
      </Button>

      <h2 className="govuk-heading-m">Council identity provider</h2>
      {!settings ? (
        <>
          <p className="govuk-body">Your council’s staff sign in with a Forever Planning username and password. No identity provider is set up.</p>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Set up an identity provider
          </Button>
        </>
      ) : (
        <>
          <p className="govuk-body">
            Staff sign in with their council account through {settings.providerName}. Their role and team come from the groups or app roles the
            provider sends, as listed below. Someone whose groups match none of these cannot sign in.
          </p>
          <SummaryList
            rows={[
              { key: 'Button text', value: `Sign in with ${settings.providerName}` },
              { key: 'Issuer', value: <span className="fp-break-anywhere">{settings.issuer}</span> },
              { key: 'Client ID', value: <span className="fp-break-anywhere">{settings.clientId}</span> },
              { key: 'Client secret', value: 'Set (never shown)' },
              { key: 'Email domains allowed', value: settings.allowedEmailDomains.length ? settings.allowedEmailDomains.join(', ') : 'Any' },
              {
                key: 'Multi-factor authentication',
                value: settings.mfaRequired
                  ? `Required: the provider must report "mfa"${settings.mfaAcrValues.length ? ` or one of ${settings.mfaAcrValues.join(', ')}` : ''}`
                  : 'Not required by Forever Planning',
              },
              { key: 'Local passwords for staff', value: settings.localPasswordsAllowed ? 'Still allowed' : 'Not allowed' },
              {
                key: 'Accounts not used through the provider',
                value: settings.disableAfterIdleDays ? `Disabled after ${settings.disableAfterIdleDays} days` : 'Never disabled for this',
              },
            ]}
          />
          <Table
            caption="Groups and the roles they give (the first match in this order wins)"
            captionClassName="govuk-table__caption--m"
            columns={columns}
            rows={settings.roleMappings}
            rowKey={(m) => m.claimValue}
            empty="No groups are mapped yet: nobody can sign in through the provider."
          />
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Change the identity provider
          </Button>
        </>
      )}
    </>
  );
}
