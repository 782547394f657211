import { useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@forever-planning/shared';
import { SummaryList, Table, type Column } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { SingleSignOnSettingsDocument, type SingleSignOnSettingsQuery } from '../gql/graphql';

type Mapping = NonNullable<SingleSignOnSettingsQuery['singleSignOnSettings']>['roleMappings'][number];

const columns: Column<Mapping>[] = [
  { key: 'claimValue', header: 'Group or app role sent by the provider', cell: (m) => <code>{m.claimValue}</code> },
  { key: 'role', header: 'Role in Forever Planning', cell: (m) => ROLE_LABELS[m.role] },
  { key: 'team', header: 'Team', cell: (m) => m.teamName ?? 'None' },
];

/** Administrator: how this council's staff sign in through its own identity provider. */
export function SignInSettingsPage() {
  const { data, loading, error } = useQuery(SingleSignOnSettingsDocument, { fetchPolicy: 'network-only' });
  usePageTitle('Staff sign-in');
  if (loading && !data) return <Loading what="Loading the sign-in settings" />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  const settings = data?.singleSignOnSettings;
  return (
    <>
      <h1 className="govuk-heading-l">Staff sign-in</h1>
      {!settings ? (
        <p className="govuk-body">Your council’s staff sign in with a Forever Planning username and password. No identity provider is set up.</p>
      ) : (
        <>
          <p className="govuk-body">
            Staff sign in with their council account through {settings.providerName}. Their role and team come from the groups or app roles the
            provider sends, as listed below. Someone whose groups match none of these cannot sign in.
          </p>
          <SummaryList
            rows={[
              { key: 'Button text', value: `Sign in with ${settings.providerName}` },
              { key: 'Issuer', value: settings.issuer },
              { key: 'Client ID', value: settings.clientId },
              { key: 'Email domains allowed', value: settings.allowedEmailDomains.length ? settings.allowedEmailDomains.join(', ') : 'Any' },
              {
                key: 'Multi-factor authentication',
                value: settings.mfaRequired
                  ? `Required: the provider must report "mfa"${settings.mfaAcrValues.length ? ` or one of ${settings.mfaAcrValues.join(', ')}` : ''}`
                  : 'Not required by Forever Planning',
              },
              { key: 'Local passwords for staff', value: settings.localPasswordsAllowed ? 'Still allowed' : 'Not allowed' },
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
        </>
      )}
    </>
  );
}
