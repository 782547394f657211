import fs from 'node:fs';
import path from 'node:path';
import { startCluster, startPrimary, startReplica, stopCluster } from './local-cluster';

/**
 * `npm run bench:replica -- --dir DIR [--port 5491] [--replica-port 5492]`: a primary cluster in DIR/primary and a
 * streaming replica of it (pg_basebackup -R) in DIR/replica, both on 127.0.0.1, for the benchmark's replica figures
 * (BENCHMARKS.md, "Reporting reads on a replica"). `--start` starts both again after a restart of the machine,
 * `--stop` stops both. `--replica-of PORT` makes only DIR/replica, of a cluster already running on that port of
 * 127.0.0.1 whose pg_hba.conf allows replication from there. The system's own cluster is never touched.
 */
function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function main(): number {
  const dir = arg('dir');
  if (!dir) {
    console.log('Give the folder for the two clusters as --dir DIR.');
    return 1;
  }
  const primaryDir = path.resolve(dir, 'primary');
  const replicaDir = path.resolve(dir, 'replica');
  if (process.argv.includes('--stop')) {
    // Either may be missing (--replica-of made only the replica): stopCluster skips a folder with no running cluster.
    stopCluster(replicaDir);
    stopCluster(primaryDir);
    console.log(`Stopped the clusters in ${primaryDir} and ${replicaDir}.`);
    return 0;
  }
  if (process.argv.includes('--start')) {
    for (const d of [primaryDir, replicaDir]) if (fs.existsSync(d)) startCluster(d);
    console.log(`Started the clusters in ${primaryDir} and ${replicaDir}.`);
    return 0;
  }
  const of = arg('replica-of');
  if (of) {
    const replicaUrl = startReplica(Number(of), replicaDir, Number(arg('replica-port') ?? Number(of) + 1));
    console.log(`Replica: ${replicaUrl} (${replicaDir}), streaming from 127.0.0.1:${of}`);
    return 0;
  }
  const port = Number(arg('port') ?? 5491);
  const replicaPort = Number(arg('replica-port') ?? port + 1);
  const primaryUrl = startPrimary(primaryDir, port);
  const replicaUrl = startReplica(port, replicaDir, replicaPort);
  console.log(`Primary: ${primaryUrl} (${primaryDir})
Replica: ${replicaUrl} (${replicaDir}), streaming from the primary

Then, for example:
  npm run generate -- --children 3000 --councils 3 --database-url ${primaryUrl.replace(/\/postgres$/, '/fp_bench')}
  npm run bench -- --database-url ${primaryUrl.replace(/\/postgres$/, '/fp_bench')} --replica-url ${replicaUrl.replace(/\/postgres$/, '/fp_bench')} --only "tracker page"
  npm run bench:replica -- --dir ${dir} --stop`);
  return 0;
}

process.exitCode = main();
