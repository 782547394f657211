import { profileShares } from './profile-categories';

/** A hand-made profile: the shares are of busy time, and native socket writes go to whoever called them. */
describe('profileShares', () => {
  const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url }, children });
  const profile = {
    nodes: [
      frame(1, '(root)', '', [2, 3, 4, 5, 7, 9]),
      frame(2, '(idle)', ''),
      frame(3, '(garbage collector)', ''),
      frame(4, 'execute', '/x/node_modules/graphql/execution/execute.js'),
      frame(5, 'submit', '/x/node_modules/pg/lib/query.js', [6]),
      frame(6, 'writev', ''),
      frame(7, 'end', 'node:_http_outgoing', [8]),
      frame(8, 'writev', ''),
      frame(9, 'alertsForChild', '/x/packages/server/dist/rules/alerts.js'),
    ],
    // Microseconds of self time per sample: idle 5000, GC 1000, graphql 2000, pg write 3000, http write 3000, rules 1000.
    samples: [2, 3, 4, 6, 8, 9],
    timeDeltas: [5000, 1000, 2000, 3000, 3000, 1000],
  };

  it('leaves idle out and attributes native writes to the database driver or to HTTP', () => {
    const { busyMs, shares } = profileShares(profile);
    expect(busyMs).toBe(10);
    expect(Object.fromEntries(shares)).toEqual({
      'database driver (pg) and socket writes to PostgreSQL': 30,
      'HTTP (Express, Node http) and socket writes to clients': 30,
      'GraphQL (graphql-js, type-graphql, Apollo)': 20,
      'garbage collection': 10,
      'statutory rules (alerts, clocks, figures)': 10,
    });
  });
});
