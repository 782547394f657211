import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@forever-planning/shared';
import { Button, NotificationBanner, SummaryList, Table, type Column } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { SetStaffTotpRequiredDocument, SingleSignOnSettingsDocument, type SignInProviderSettingsFragment } from '../gql/graphql';
import { ProviderForm } from './provider-form';
import { say } from '../i18n/i18n';

type Mapping = SignInProviderSettingsFragment['roleMappings'][number];

const columns: Column<Mapping>[] = [
  { key: 'claimValue', header: say('signInSettings.signInSettingsPage.groupOrAppRole'), cell: (m) => <code className="fp-break-anywhere">{m.claimValue}</code> },
  { key: 'role', header: say('signInSettings.signInSettingsPage.roleInForeverPlanning'), cell: (m) => ROLE_LABELS[m.role] },
  { key: 'team', header: say('signInSettings.signInSettingsPage.team'), cell: (m) => m.teamName ?? say('signInSettings.signInSettingsPage.none') },
];

/** Administrator: how this council's staff sign in: its own identity provider, and authenticator codes after a local password. */
export function SignInSettingsPage() {
  const { data, loading, error, refetch } = useQuery(SingleSignOnSettingsDocument, { fetchPolicy: 'network-only' });
  const [setTotp, settingTotp] = useMutation(SetStaffTotpRequiredDocument);
  const [editing, setEditing] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [totpProblem, setTotpProblem] = useState<string | null>(null);
  usePageTitle(editing ? say('signInSettings.signInSettingsPage.changeStaffSignIn') : say('signInSettings.signInSettingsPage.staffSignIn'));
  if (loading && !data) return <Loading what={say('signInSettings.signInSettingsPage.loadingTheSignIn')} />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  const settings = data?.singleSignOnSettings ?? null;
  const policy = data?.staffSignInPolicy;

  const toggleTotp = async () => {
    setTotpProblem(null);
    try {
      const result = await setTotp({ variables: { required: !policy?.staffTotpRequired } });
      setBanner(result.data?.setStaffTotpRequired.staffTotpRequired ? say('signInSettings.signInSettingsPage.staffNowNeedA') : say('signInSettings.signInSettingsPage.staffNoLongerNeed'));
      await refetch();
    } catch (e) {
      setTotpProblem(apiError(e).message);
    }
  };

  if (editing) {
    return (
      <>
        <h1 className="govuk-heading-l">{say('signInSettings.signInSettingsPage.staffSignIn')}</h1>
        <ProviderForm
          current={settings}
          teams={data?.councilTeams ?? []}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setBanner(say('signInSettings.signInSettingsPage.theIdentityProviderSettings'));
            void refetch();
          }}
        />
      </>
    );
  }

  return (
    <>
      {banner && <NotificationBanner type="success" title={say('signInSettings.signInSettingsPage.success')} heading={banner} />}
      <h1 className="govuk-heading-l">{say('signInSettings.signInSettingsPage.staffSignIn')}</h1>

      <h2 className="govuk-heading-m">{say('signInSettings.signInSettingsPage.authenticatorCodesAfterA')}</h2>
      {totpProblem && <p className="govuk-error-message">{totpProblem}</p>}
      <SummaryList
        rows={[
          {
            key: say('signInSettings.signInSettingsPage.codeFromAnAuthenticator'),
            value: policy?.staffTotpRequired
              ? say('signInSettings.signInSettingsPage.requiredStaffWhoSign')
              : say('signInSettings.signInSettingsPage.notRequired'),
          },
          { key: say('signInSettings.signInSettingsPage.staffWhoHaveSet'), value: String(policy?.staffEnrolled ?? 0) },
        ]}
      />
      <Button variant={policy?.staffTotpRequired ? 'secondary' : 'primary'} onClick={() => void toggleTotp()} disabled={settingTotp.loading}>
        {policy?.staffTotpRequired ? say('signInSettings.signInSettingsPage.stopRequiringAuthenticatorCodes') : say('signInSettings.signInSettingsPage.requireAuthenticatorCodes')}
      </Button>

      <h2 className="govuk-heading-m">{say('signInSettings.signInSettingsPage.councilIdentityProvider')}</h2>
      {!settings ? (
        <>
          <p className="govuk-body">{say('signInSettings.signInSettingsPage.yourCouncilSStaff')}</p>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {say('signInSettings.signInSettingsPage.setUpAnIdentity')}
          </Button>
        </>
      ) : (
        <>
          <p className="govuk-body">
            {say('signInSettings.signInSettingsPage.staffSignInWith', { providerName: settings.providerName })}
          </p>
          <SummaryList
            rows={[
              { key: say('signInSettings.signInSettingsPage.buttonText'), value: say('signInSettings.signInSettingsPage.buttonSignInWith', { providerName: settings.providerName }) },
              { key: say('signInSettings.signInSettingsPage.issuer'), value: <span className="fp-break-anywhere">{settings.issuer}</span> },
              { key: say('signInSettings.signInSettingsPage.clientId'), value: <span className="fp-break-anywhere">{settings.clientId}</span> },
              { key: say('signInSettings.signInSettingsPage.clientSecret'), value: say('signInSettings.signInSettingsPage.setNeverShown') },
              { key: say('signInSettings.signInSettingsPage.emailDomainsAllowed'), value: settings.allowedEmailDomains.length ? settings.allowedEmailDomains.join(', ') : say('signInSettings.signInSettingsPage.any') },
              {
                key: say('signInSettings.signInSettingsPage.multiFactorAuthentication'),
                value: settings.mfaRequired
                  ? say('signInSettings.signInSettingsPage.requiredTheProviderMust', { value: String(settings.mfaAcrValues.length ? say('signInSettings.signInSettingsPage.orOneOf', { join: settings.mfaAcrValues.join(', ') }) : '') })
                  : say('signInSettings.signInSettingsPage.notRequiredByForever'),
              },
              { key: say('signInSettings.signInSettingsPage.localPasswordsForStaff'), value: settings.localPasswordsAllowed ? say('signInSettings.signInSettingsPage.stillAllowed') : say('signInSettings.signInSettingsPage.notAllowed') },
              {
                key: say('signInSettings.signInSettingsPage.accountsNotUsedThrough'),
                value: settings.disableAfterIdleDays ? say('signInSettings.signInSettingsPage.disabledAfterDays', { disableAfterIdleDays: settings.disableAfterIdleDays }) : say('signInSettings.signInSettingsPage.neverDisabledForThis'),
              },
            ]}
          />
          <Table
            caption={say('signInSettings.signInSettingsPage.groupsAndTheRoles')}
            captionClassName="govuk-table__caption--m"
            columns={columns}
            rows={settings.roleMappings}
            rowKey={(m) => m.claimValue}
            empty={say('signInSettings.signInSettingsPage.noGroupsAreMapped')}
          />
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {say('signInSettings.signInSettingsPage.changeTheIdentityProvider')}
          </Button>
        </>
      )}
    </>
  );
}
