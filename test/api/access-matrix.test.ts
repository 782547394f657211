import { PASSWORD } from '../support/world';
import { runAccessMatrix } from './matrix/run-matrix';

// Every actor signs in with a local password; test/api/access-matrix-provider.test.ts runs the same matrix with staff
// signed in through their council's OpenID Connect provider.
describe('authorization matrix', () => {
  runAccessMatrix({
    async signIn(actor, { api, world }) {
      const client = api.client();
      const res = await client.signIn(world.users[actor].username, PASSWORD);
      if (res.errors) throw new Error(`${actor} could not sign in: ${JSON.stringify(res.errors)}`);
      return client;
    },
  });
});
