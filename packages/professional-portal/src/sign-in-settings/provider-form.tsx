import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { belongsToATeam, PROFESSIONAL_ROLES, ROLE_LABELS, type Role } from '@forever-planning/shared';
import { Button, ButtonGroup, ErrorSummary, Radios, Select, TextInput, Textarea, type ErrorSummaryItem } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { SaveSingleSignOnSettingsDocument, type SignInProviderSettingsFragment } from '../gql/graphql';

interface MappingRow {
  key: number;
  claimValue: string;
  role: Role | '';
  teamId: string;
}

interface Values {
  providerName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedEmailDomains: string;
  mfaRequired: string;
  mfaAcrValues: string;
  localPasswordsAllowed: string;
  disableAfterIdleDays: string;
}

const lines = (text: string) => text.split(/[\n,]/).map((l) => l.trim()).filter(Boolean);
let nextKey = 0;

/** The form's own checks, before anything is sent; the server checks again (issuer, domains, teams). */
function check(values: Values, mappings: MappingRow[], settingUp: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.providerName.trim()) errors.providerName = 'Enter the name staff will see on the sign-in button';
  if (!/^https:\/\/\S+$/.test(values.issuer.trim()) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/.test(values.issuer.trim())) {
    errors.issuer = 'Enter the issuer as an https:// address';
  }
  if (!values.clientId.trim()) errors.clientId = 'Enter the client ID (application ID) the provider gave you';
  if (settingUp && !values.clientSecret.trim()) errors.clientSecret = 'Enter the client secret the provider gave you';
  const badDomain = lines(values.allowedEmailDomains).find((d) => !/^@?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(d));
  if (badDomain) errors.allowedEmailDomains = `“${badDomain}” is not an email domain. Enter domains like council.gov.uk, one per line`;
  if (values.disableAfterIdleDays.trim() && !/^\d{1,4}$/.test(values.disableAfterIdleDays.trim())) errors.disableAfterIdleDays = 'Enter a number of days, or leave it empty';
  else if (values.disableAfterIdleDays.trim() && (Number(values.disableAfterIdleDays) < 1 || Number(values.disableAfterIdleDays) > 3650)) {
    errors.disableAfterIdleDays = 'Enter a number of days between 1 and 3650';
  }
  mappings.forEach((m, i) => {
    if (!m.claimValue.trim()) errors[`roleMappings.${i}.claimValue`] = `Mapping ${i + 1}: enter the group or app role the provider sends`;
    if (!m.role) errors[`roleMappings.${i}.role`] = `Mapping ${i + 1}: choose the role it gives`;
    if (m.role && belongsToATeam(m.role) && !m.teamId) errors[`roleMappings.${i}.teamId`] = `Mapping ${i + 1}: choose the team for ${ROLE_LABELS[m.role].toLowerCase()}s`;
  });
  return errors;
}

const fieldId = (field: string) => field.replace(/\./g, '-');

/** Setting up or changing the council's provider: every setting, the secret write-only, the group → role mappings in order. */
export function ProviderForm({
  current,
  teams,
  onSaved,
  onCancel,
}: {
  current: SignInProviderSettingsFragment | null;
  teams: { id: string; name: string }[];
  onSaved(saved: SignInProviderSettingsFragment): void;
  onCancel(): void;
}) {
  const [values, setValues] = useState<Values>({
    providerName: current?.providerName ?? '',
    issuer: current?.issuer ?? '',
    clientId: current?.clientId ?? '',
    clientSecret: '',
    allowedEmailDomains: (current?.allowedEmailDomains ?? []).join('\n'),
    mfaRequired: current ? String(current.mfaRequired) : 'true',
    mfaAcrValues: (current?.mfaAcrValues ?? []).join('\n'),
    localPasswordsAllowed: current ? String(current.localPasswordsAllowed) : 'true',
    disableAfterIdleDays: current?.disableAfterIdleDays ? String(current.disableAfterIdleDays) : '',
  });
  const [mappings, setMappings] = useState<MappingRow[]>(
    (current?.roleMappings ?? []).map((m) => ({ key: nextKey++, claimValue: m.claimValue, role: m.role, teamId: m.teamId ?? '' })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [save, { loading }] = useMutation(SaveSingleSignOnSettingsDocument);

  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof Values) => ({ id: key, value: values[key], onChange: set(key), error: errors[key] });
  const setMapping = (i: number, change: Partial<MappingRow>) => setMappings((rows) => rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const show = (found: Record<string, string>, extra: ErrorSummaryItem[] = []) => {
    setErrors(found);
    setSummary([...Object.entries(found).map(([f, message]) => ({ message, fieldId: fieldId(f) })), ...extra]);
    setSubmitCount((n) => n + 1);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = check(values, mappings, !current);
    if (Object.keys(found).length) return show(found);
    try {
      const result = await save({
        variables: {
          input: {
            providerName: values.providerName.trim(),
            issuer: values.issuer.trim(),
            clientId: values.clientId.trim(),
            clientSecret: values.clientSecret.trim() || null,
            allowedEmailDomains: lines(values.allowedEmailDomains).map((d) => d.replace(/^@/, '').toLowerCase()),
            mfaRequired: values.mfaRequired === 'true',
            mfaAcrValues: lines(values.mfaAcrValues),
            localPasswordsAllowed: values.localPasswordsAllowed === 'true',
            disableAfterIdleDays: values.disableAfterIdleDays.trim() ? Number(values.disableAfterIdleDays) : null,
            roleMappings: mappings.map((m) => ({ claimValue: m.claimValue.trim(), role: m.role as Role, teamId: m.teamId || null })),
            expectedVersion: current?.version ?? null,
          },
        },
      });
      if (result.data) onSaved(result.data.saveSingleSignOnSettings);
    } catch (error) {
      const e = apiError(error);
      if (e.code === 'BAD_USER_INPUT' && e.field) show({ [e.field]: e.message });
      else show({}, [{ message: e.message }]);
    }
  };

  const teamOptions = [{ value: '', label: 'No team' }, ...teams.map((t) => ({ value: t.id, label: t.name }))];
  const roleOptions = [{ value: '', label: 'Choose a role' }, ...PROFESSIONAL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))];
  const yesNo = [
    { value: 'true', label: 'Yes' },
    { value: 'false', label: 'No' },
  ];

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={submitCount} />
      <h2 className="govuk-heading-m">{current ? 'Change the identity provider' : 'Set up an identity provider'}</h2>
      <TextInput label="Name on the sign-in button" hint="Staff see “Sign in with” this, for example “Council A staff account”." width="two-thirds" {...field('providerName')} />
      <TextInput
        label="Issuer"
        hint={
          <>
            From the provider’s app registration. For Microsoft Entra ID:{' '}
            <span className="fp-break-anywhere">https://login.microsoftonline.com/&lt;tenant ID&gt;/v2.0</span>
          </>
        }
        spellCheck={false}
        {...field('issuer')}
      />
      <TextInput label="Client ID" hint="The application (client) ID." spellCheck={false} width="two-thirds" {...field('clientId')} />
      <TextInput
        label="Client secret"
        hint={current ? 'Never shown again after saving. Leave empty to keep the current secret.' : 'Never shown again after saving.'}
        type="password"
        autoComplete="new-password"
        width="two-thirds"
        {...field('clientSecret')}
      />
      <Textarea label="Email domains allowed" hint="One per line, for example council.gov.uk. Leave empty to allow any." rows={3} {...field('allowedEmailDomains')} />
      <Radios label="Must staff prove a second factor at the provider?" hint="The provider must report multi-factor authentication (amr “mfa”)." inline options={yesNo} {...field('mfaRequired')} />
      <Textarea label="Other acr values that count as multi-factor (optional)" hint="One per line, as the provider sends them." rows={2} {...field('mfaAcrValues')} />
      <Radios label="May staff still sign in with a Forever Planning password?" inline options={yesNo} {...field('localPasswordsAllowed')} />
      <TextInput
        label="Disable accounts not used through the provider for this many days (optional)"
        hint="For leavers: checked every night. Leave empty never to disable them this way."
        inputMode="numeric"
        width="4"
        {...field('disableAfterIdleDays')}
      />

      <h3 className="govuk-heading-s">Groups and the roles they give</h3>
      <p className="govuk-body">The first group in this list that a person belongs to gives their role. Someone in none of them cannot sign in.</p>
      {mappings.map((m, i) => (
        <fieldset key={m.key} className="govuk-fieldset fp-mapping govuk-!-margin-bottom-4">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Mapping {i + 1}</legend>
          <TextInput
            id={fieldId(`roleMappings.${i}.claimValue`)}
            label="Group object ID or app role value"
            spellCheck={false}
            value={m.claimValue}
            onChange={(v) => setMapping(i, { claimValue: v })}
            error={errors[`roleMappings.${i}.claimValue`]}
          />
          <Select
            id={fieldId(`roleMappings.${i}.role`)}
            label="Role"
            options={roleOptions}
            value={m.role}
            onChange={(v) => setMapping(i, { role: v as Role | '' })}
            error={errors[`roleMappings.${i}.role`]}
          />
          <Select
            id={fieldId(`roleMappings.${i}.teamId`)}
            label="Team"
            hint="Needed for social workers and team managers."
            options={teamOptions}
            value={m.teamId}
            onChange={(v) => setMapping(i, { teamId: v })}
            error={errors[`roleMappings.${i}.teamId`]}
          />
          <Button variant="secondary" onClick={() => setMappings((rows) => rows.filter((_, j) => j !== i))}>
            Remove mapping {i + 1}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => setMappings((rows) => [...rows, { key: nextKey++, claimValue: '', role: '', teamId: '' }])}>
        Add a group
      </Button>
      <ButtonGroup>
        <Button type="submit" disabled={loading}>
          Save sign-in settings
        </Button>
        <button type="button" className="fp-link-button govuk-body" onClick={onCancel}>
          Cancel
        </button>
      </ButtonGroup>
    </form>
  );
}
