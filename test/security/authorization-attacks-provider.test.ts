import { startAttackWorld } from './attack-support';
import { runAuthorizationAttacks } from './authorization-attacks.suite';

// The same attacks with every staff member signed in through their council's OpenID Connect provider
// (the real oidc-provider on localhost): accounts that came through the provider get exactly the same answers.
runAuthorizationAttacks('authorization attacks, staff signed in through their council’s identity provider', () => startAttackWorld({}, { viaProvider: true }));
