// A private PostgreSQL cluster on a loopback port, owned by this process (Node built-ins only).
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureApt } from './apt.mjs';
import { commandExists, isRoot, log, onCleanup, runChecked, runSync } from './proc.mjs';

/** Directory holding initdb/pg_ctl/psql (highest version under /usr/lib/postgresql), or null. */
export function pgBinDir() {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(path.join(base, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0], 'bin');
  }
  if (commandExists('pg_config')) {
    const r = runSync('pg_config', ['--bindir']);
    const dir = r.stdout.trim();
    if (r.code === 0 && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  if (commandExists('pg_ctl') && commandExists('initdb')) return '';
  return null;
}

const bin = (dir, name) => (dir ? path.join(dir, name) : name);

/** Install PostgreSQL with apt when no server binaries are found; returns the bin dir. */
export async function ensurePostgres() {
  let dir = pgBinDir();
  if (dir === null) {
    await ensureApt('postgresql', { check: () => pgBinDir() !== null });
    dir = pgBinDir();
  }
  if (dir === null) throw new Error('PostgreSQL server binaries not found after installing postgresql');
  return dir;
}

function pgUser() {
  const r = runSync('id', ['-u', 'postgres']);
  if (r.code !== 0) throw new Error('running as root but there is no "postgres" user (install the postgresql package)');
  return { uid: Number(r.stdout.trim()), gid: Number(runSync('id', ['-g', 'postgres']).stdout.trim()) };
}

// initdb/pg_ctl refuse to run as root: run them as "postgres" then.
function asPgUser(cmd, args) {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

/** Port of a cluster that is already running from `dir` (postmaster.pid, line 4), or null. */
export function runningClusterPort(dir, binDir = pgBinDir()) {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [cmd, args] = asPgUser(bin(binDir, 'pg_ctl'), ['-D', dir, 'status']);
  if (runSync(cmd, args).code !== 0) return null; // stale pid file: pg_ctl start handles it
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const port = Number(lines[3]);
  return Number.isFinite(port) && port > 0 ? port : null;
}

/**
 * Start (initdb first if needed) a cluster in `dir` on 127.0.0.1:`port`, trust auth, superuser
 * "postgres". Stops it when this process exits unless `stopOnExit` is false. If the cluster in `dir`
 * is already running, it is reused (and not stopped by us). Returns { port, host, dir, stop, url }.
 */
export async function startCluster({ dir, port, logFile, stopOnExit = true, fsync = true }) {
  const binDir = await ensurePostgres();
  dir = path.resolve(dir);
  logFile = path.resolve(logFile ?? path.join(dir, 'server.log'));

  const already = runningClusterPort(dir, binDir);
  if (already) {
    log(`PostgreSQL in ${dir} is already running on port ${already}; reusing it`);
    return clusterInfo(dir, already, () => {}, binDir);
  }

  const owner = isRoot() ? pgUser() : null;
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  mkdirSync(dir, { recursive: true });
  if (owner) {
    // the data directory (and the log's directory) must belong to postgres; parents must be traversable
    runSync('chown', ['-R', `${owner.uid}:${owner.gid}`, dir]);
    if (!logFile.startsWith(dir + path.sep)) {
      // pg_ctl opens the log as postgres: pre-create it owned by postgres (leave its folder alone)
      mkdirSync(path.dirname(logFile), { recursive: true });
      if (!existsSync(logFile)) writeFileSync(logFile, '');
      runSync('chown', [`${owner.uid}:${owner.gid}`, logFile]);
    }
    const probe = runSync('runuser', ['-u', 'postgres', '--', 'test', '-w', dir]);
    if (probe.code !== 0) {
      throw new Error(
        `user "postgres" cannot reach ${dir}; a parent directory is not traversable (chmod o+x it, or move the repo)`,
      );
    }
  }
  if (fresh) {
    log(`initdb ${dir}`);
    const args = ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'];
    if (!fsync) args.push('--no-sync');
    const [cmd, a] = asPgUser(bin(binDir, 'initdb'), args);
    await runChecked(cmd, a, { name: 'initdb', quiet: true });
  }
  chmodSync(dir, 0o700);

  const opts = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1${fsync ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'}`;
  log(`starting PostgreSQL on 127.0.0.1:${port} (data ${dir}, log ${logFile})`);
  const [cmd, a] = asPgUser(bin(binDir, 'pg_ctl'), ['-D', dir, '-l', logFile, '-o', opts, '-w', '-t', '60', 'start']);
  const r = runSync(cmd, a);
  if (r.code !== 0) {
    let tail = '';
    try {
      tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
    } catch {
      /* no log */
    }
    throw new Error(`pg_ctl start failed (code ${r.code}): ${r.stderr || r.stdout}\n${tail}`);
  }

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    log(`stopping PostgreSQL (${dir})`);
    const [c, args] = asPgUser(bin(binDir, 'pg_ctl'), ['-D', dir, '-m', 'fast', '-w', '-t', '30', 'stop']);
    const s = runSync(c, args);
    if (s.code !== 0) {
      const [c2, a2] = asPgUser(bin(binDir, 'pg_ctl'), ['-D', dir, '-m', 'immediate', '-w', 'stop']);
      runSync(c2, a2);
    }
  };
  if (stopOnExit) onCleanup(stop);
  return clusterInfo(dir, port, stop, binDir);
}

function clusterInfo(dir, port, stop, binDir) {
  const host = '127.0.0.1';
  return {
    dir,
    port,
    host,
    stop,
    binDir,
    /** Npgsql connection string (admin, or for one database). */
    connectionString: (database) =>
      `Host=${host};Port=${port};Username=postgres${database ? `;Database=${database}` : ''}`,
    psql: (sql, database = 'postgres') => psql({ binDir, port, host }, sql, database),
    databaseExists: (name) => databaseExists({ binDir, port, host }, name),
    createDatabase: (name) => createDatabase({ binDir, port, host }, name),
  };
}

function psql({ binDir, port, host }, sql, database = 'postgres') {
  const r = runSync(bin(binDir, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-tA', '-h', host, '-p', String(port), '-U', 'postgres', '-d', database, '-c', sql]);
  if (r.code !== 0) throw new Error(`psql failed: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

export function databaseExists(c, name) {
  return psql(c, `SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`) === '1';
}

/** Create a database when missing; returns true if it was created. */
export function createDatabase(c, name) {
  if (databaseExists(c, name)) return false;
  psql(c, `CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  log(`created database ${name}`);
  return true;
}
