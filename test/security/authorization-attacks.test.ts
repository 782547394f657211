import { startAttackWorld } from './attack-support';
import { runAuthorizationAttacks } from './authorization-attacks.suite';

// OWASP API Top 10 attacks on authorization (authorization-attacks.suite.ts), everyone signed in with a password.
runAuthorizationAttacks('authorization attacks', () => startAttackWorld());
