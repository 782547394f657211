/**
 * Where an API process's CPU time went, from a V8 .cpuprofile (node
 * --cpu-prof): self time summed into the layers a request passes through.
 * Idle time and start-up (module loading) are left out; shares are of the
 * busy time.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const DRIVER = 'database driver (pg) and socket writes to PostgreSQL';
const HTTP = 'HTTP (Express, Node http) and socket writes to clients';

function byUrl(url: string): string | null {
  if (/node_modules\/(pg|pg-protocol|pg-types|postgres-[a-z]+|pg-pool)\//.test(url)) return DRIVER;
  if (url.includes('node_modules/typeorm/')) return 'TypeORM (query building, value conversion)';
  if (/node_modules\/(graphql|type-graphql|@apollo|graphql-scalars|class-validator|@escape\.tech)\//.test(url)) return 'GraphQL (graphql-js, type-graphql, Apollo)';
  if (/\/(dist|src)\/rules\//.test(url)) return 'statutory rules (alerts, clocks, figures)';
  if (/\/(dist|src)\/policies\//.test(url)) return 'authorization (policies)';
  if (/node_modules\/(express|router|helmet|cookie|cookie-parser|body-parser|raw-body|pino|cors)\//.test(url) || /node:_http/.test(url)) return HTTP;
  if (/\/(dist|src)\//.test(url)) return 'our resolvers, services and loaders';
  return null;
}

export function profileShares(profile: CpuProfile): { busyMs: number; shares: [string, number][] } {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (self.get(node.id) ?? 0) / 1000;
    if (ms === 0) continue;
    const { functionName, url } = node.callFrame;
    let category: string | null;
    if (functionName === '(idle)') continue;
    if (functionName === '(garbage collector)') category = 'garbage collection';
    else if (/cjs\/loader|package_json_reader/.test(url) || ['wrapSafe', 'internalModuleStat', 'readFileUtf8'].includes(functionName)) continue;
    else category = byUrl(url);
    if (!category) {
      // Native and Node-internal work (socket writes, streams, JSON) belongs to whoever called it.
      for (let up = parent.get(node.id), i = 0; up && i < 15 && !category; up = parent.get(up.id), i++) category = byUrl(up.callFrame.url);
    }
    category ??= 'runtime and other';
    totals.set(category, (totals.get(category) ?? 0) + ms);
  }
  const busyMs = [...totals.values()].reduce((a, b) => a + b, 0);
  const shares = [...totals].sort((a, b) => b[1] - a[1]).map(([k, v]): [string, number] => [k, Math.round((100 * v) / busyMs)]);
  return { busyMs: Math.round(busyMs), shares };
}
