import type { SecretBox } from '../../../packages/server/src/modules/second-factor/secret-box';
import type { DataSource } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import { IdentityProviderEntity } from '../../../packages/server/src/modules/single-sign-on/identity-provider.entity';
import { RoleMappingEntity } from '../../../packages/server/src/modules/single-sign-on/role-mapping.entity';
import type { TestProviderUser } from './provider';

export const CLIENT_ID = 'forever-planning';
export const CLIENT_SECRET = 'a-long-test-client-secret-for-forever-planning';

/** Test users at the council's provider: group ids as Entra sends them. */
export const GROUPS = { socialWorkersA1: 'grp-sw-a1', managersA1: 'grp-tm-a1', heads: 'grp-heads', everyone: 'grp-all-staff' };

export function providerUser(email: string, groups: string[], amr: string[] = ['pwd', 'mfa'], extra: Record<string, unknown> = {}): TestProviderUser {
  const [first, last] = email.split('@')[0].split('.');
  const cap = (s: string) => s.replace(/^./, (c) => c.toUpperCase());
  return { password: 'provider-password-1', amr, claims: { email, given_name: cap(first), family_name: cap(last ?? 'Staff'), groups, ...extra } };
}

/** Council A signs in through the test provider, with groups mapped to roles and teams. */
export async function configureCouncilProvider(
  services: { dataSource: DataSource; secrets: SecretBox },
  councilId: string,
  issuer: string,
  mappings: { claimValue: string; role: Role; teamId: string | null }[],
  settings: Partial<Pick<IdentityProviderEntity, 'id' | 'name' | 'clientId' | 'clientSecret' | 'mfaRequired' | 'localPasswordsAllowed' | 'allowedEmailDomains'>> = {},
): Promise<IdentityProviderEntity> {
  const ds = services.dataSource;
  const { clientSecret = CLIENT_SECRET, ...rest } = settings;
  const provider = await ds.getRepository(IdentityProviderEntity).save(
    ds.getRepository(IdentityProviderEntity).create({
      councilId,
      name: 'Council A staff account',
      issuer,
      clientId: CLIENT_ID,
      // Sealed at rest, as the settings page stores it.
      clientSecret: services.secrets.seal(clientSecret),
      allowedEmailDomains: ['a.gov.uk'],
      localPasswordsAllowed: true,
      mfaRequired: true,
      mfaAcrValues: [],
      ...rest,
    }),
  );
  await ds.getRepository(RoleMappingEntity).insert(
    mappings.map((m, position) => ({ identityProviderId: provider.id, claimValue: m.claimValue, role: m.role, teamId: m.teamId, position })),
  );
  return provider;
}
