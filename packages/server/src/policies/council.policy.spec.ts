import fs from 'node:fs';
import path from 'node:path';
import { councilPolicy, type CouncilAbility } from './council.policy';

describe('the council policy', () => {
  it('gives the administrator accounts and settings, the head of service reading and the second approval', () => {
    const table = Object.fromEntries(
      (['manageAccounts', 'readAccountRequests', 'approveAccounts', 'manageSettings', 'readLocalPolicy', 'readRetention', 'importReturns', 'searchAudit'] as CouncilAbility[]).map((a) => [
        a,
        councilPolicy.rolesThatMay(a),
      ]),
    );
    expect(table).toEqual({
      manageAccounts: ['ADMINISTRATOR'],
      readAccountRequests: ['HEAD_OF_SERVICE', 'ADMINISTRATOR'],
      approveAccounts: ['HEAD_OF_SERVICE'],
      manageSettings: ['ADMINISTRATOR'],
      readLocalPolicy: ['HEAD_OF_SERVICE', 'ADMINISTRATOR'],
      readRetention: ['HEAD_OF_SERVICE', 'ADMINISTRATOR'],
      importReturns: ['ADMINISTRATOR'],
      searchAudit: ['HEAD_OF_SERVICE', 'ADMINISTRATOR'],
    });
  });

  it('is where resolvers take the administrator and head-of-service lists from: none is written by hand', () => {
    const modules = path.join(__dirname, '..', 'modules');
    const handWritten = fs
      .readdirSync(modules, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.resolver.ts'))
      .flatMap((f) =>
        fs
          .readFileSync(path.join(modules, f), 'utf8')
          .split('\n')
          .filter((l) => /@AllowRoles\([^)]*'(ADMINISTRATOR|HEAD_OF_SERVICE)'/.test(l))
          .map((l) => `${f}: ${l.trim()}`),
      );
    expect(handWritten).toEqual([]);
    // The check can fail: a hand-written list is what it looks for.
    expect(/@AllowRoles\([^)]*'(ADMINISTRATOR|HEAD_OF_SERVICE)'/.test("  @AllowRoles('HEAD_OF_SERVICE', 'ADMINISTRATOR')")).toBe(true);
  });
});
