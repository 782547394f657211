import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { belongsToATeam, PROFESSIONAL_ROLES, ROLE_LABELS, type Role } from '@forever-planning/shared';
import { Button, ButtonGroup, ErrorSummary, Radios, Select, TextInput, Textarea, type ErrorSummaryItem } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { SaveSingleSignOnSettingsDocument, type SignInProviderSettingsFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

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
  if (!values.providerName.trim()) errors.providerName = say('signInSettings.providerForm.enterTheNameStaff');
  if (!/^https:\/\/\S+$/.test(values.issuer.trim()) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/.test(values.issuer.trim())) {
    errors.issuer = say('signInSettings.providerForm.enterTheIssuerAs');
  }
  if (!values.clientId.trim()) errors.clientId = say('signInSettings.providerForm.enterTheClientId');
  if (settingUp && !values.clientSecret.trim()) errors.clientSecret = say('signInSettings.providerForm.enterTheClientSecret');
  const badDomain = lines(values.allowedEmailDomains).find((d) => !/^@?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(d));
  if (badDomain) errors.allowedEmailDomains = say('signInSettings.providerForm.isNotAnEmail', { badDomain });
  if (values.disableAfterIdleDays.trim() && !/^\d{1,4}$/.test(values.disableAfterIdleDays.trim())) errors.disableAfterIdleDays = say('signInSettings.providerForm.enterANumberOf');
  else if (values.disableAfterIdleDays.trim() && (Number(values.disableAfterIdleDays) < 1 || Number(values.disableAfterIdleDays) > 3650)) {
    errors.disableAfterIdleDays = say('signInSettings.providerForm.enterANumberOf2');
  }
  mappings.forEach((m, i) => {
    if (!m.claimValue.trim()) errors[`roleMappings.${i}.claimValue`] = say('signInSettings.providerForm.mappingEnterTheGroup', { value: String(i + 1) });
    if (!m.role) errors[`roleMappings.${i}.role`] = say('signInSettings.providerForm.mappingChooseTheRole', { value: String(i + 1) });
    if (m.role && belongsToATeam(m.role) && !m.teamId) errors[`roleMappings.${i}.teamId`] = say('signInSettings.providerForm.mappingChooseTheTeam', { value: String(i + 1), toLowerCase: String(ROLE_LABELS[m.role].toLowerCase()) });
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

  const teamOptions = [{ value: '', label: say('signInSettings.providerForm.noTeam') }, ...teams.map((t) => ({ value: t.id, label: t.name }))];
  const roleOptions = [{ value: '', label: say('signInSettings.providerForm.chooseARole') }, ...PROFESSIONAL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))];
  const yesNo = [
    { value: 'true', label: say('signInSettings.providerForm.yes') },
    { value: 'false', label: say('signInSettings.providerForm.no') },
  ];

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={submitCount} />
      <h2 className="govuk-heading-m">{current ? say('signInSettings.providerForm.changeTheIdentityProvider') : say('signInSettings.providerForm.setUpAnIdentity')}</h2>
      <TextInput label={say('signInSettings.providerForm.nameOnTheSign')} hint={say('signInSettings.providerForm.staffSeeSignIn')} width="two-thirds" {...field('providerName')} />
      <TextInput
        label={say('signInSettings.providerForm.issuer')}
        hint={
          <>
            {say('signInSettings.providerForm.fromTheProviderS')}{' '}
            <span className="fp-break-anywhere">{say('signInSettings.providerForm.httpsLoginMicrosoftonlineCom')}</span>
          </>
        }
        spellCheck={false}
        {...field('issuer')}
      />
      <TextInput label={say('signInSettings.providerForm.clientId')} hint={say('signInSettings.providerForm.theApplicationClientId')} spellCheck={false} width="two-thirds" {...field('clientId')} />
      <TextInput
        label={say('signInSettings.providerForm.clientSecret')}
        hint={current ? say('signInSettings.providerForm.neverShownAgainAfter') : say('signInSettings.providerForm.neverShownAgainAfter2')}
        type="password"
        autoComplete="new-password"
        width="two-thirds"
        {...field('clientSecret')}
      />
      <Textarea label={say('signInSettings.providerForm.emailDomainsAllowed')} hint={say('signInSettings.providerForm.onePerLineFor')} rows={3} {...field('allowedEmailDomains')} />
      <Radios label={say('signInSettings.providerForm.mustStaffProveA')} hint={say('signInSettings.providerForm.theProviderMustReport')} inline options={yesNo} {...field('mfaRequired')} />
      <Textarea label={say('signInSettings.providerForm.otherAcrValuesThat')} hint={say('signInSettings.providerForm.onePerLineAs')} rows={2} {...field('mfaAcrValues')} />
      <Radios label={say('signInSettings.providerForm.mayStaffStillSign')} inline options={yesNo} {...field('localPasswordsAllowed')} />
      <TextInput
        label={say('signInSettings.providerForm.disableAccountsNotUsed')}
        hint={say('signInSettings.providerForm.forLeaversCheckedEvery')}
        inputMode="numeric"
        width="4"
        {...field('disableAfterIdleDays')}
      />

      <h3 className="govuk-heading-s">{say('signInSettings.providerForm.groupsAndTheRoles')}</h3>
      <p className="govuk-body">{say('signInSettings.providerForm.theFirstGroupIn')}</p>
      {mappings.map((m, i) => (
        <fieldset key={m.key} className="govuk-fieldset fp-mapping govuk-!-margin-bottom-4">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{say('signInSettings.providerForm.mapping')}{' '}{i + 1}</legend>
          <TextInput
            id={fieldId(`roleMappings.${i}.claimValue`)}
            label={say('signInSettings.providerForm.groupObjectIdOr')}
            spellCheck={false}
            value={m.claimValue}
            onChange={(v) => setMapping(i, { claimValue: v })}
            error={errors[`roleMappings.${i}.claimValue`]}
          />
          <Select
            id={fieldId(`roleMappings.${i}.role`)}
            label={say('signInSettings.providerForm.role')}
            options={roleOptions}
            value={m.role}
            onChange={(v) => setMapping(i, { role: v as Role | '' })}
            error={errors[`roleMappings.${i}.role`]}
          />
          <Select
            id={fieldId(`roleMappings.${i}.teamId`)}
            label={say('signInSettings.providerForm.team')}
            hint={say('signInSettings.providerForm.neededForSocialWorkers')}
            options={teamOptions}
            value={m.teamId}
            onChange={(v) => setMapping(i, { teamId: v })}
            error={errors[`roleMappings.${i}.teamId`]}
          />
          <Button variant="secondary" onClick={() => setMappings((rows) => rows.filter((_, j) => j !== i))}>
            {say('signInSettings.providerForm.removeMapping')}{' '}{i + 1}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => setMappings((rows) => [...rows, { key: nextKey++, claimValue: '', role: '', teamId: '' }])}>
        {say('signInSettings.providerForm.addAGroup')}
      </Button>
      <ButtonGroup>
        <Button type="submit" disabled={loading}>
          {say('signInSettings.providerForm.saveSignInSettings')}
        </Button>
        <button type="button" className="fp-link-button govuk-body" onClick={onCancel}>
          {say('signInSettings.providerForm.cancel')}
        </button>
      </ButtonGroup>
    </form>
  );
}
