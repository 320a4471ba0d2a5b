import { studioError } from '../../../model/localized';
import { HUB_ROLES, type HubRole } from '../../../model/hub/protocol';
import { portOption, stringOption } from '../args';
import type { Command } from '../command';

/** `jinxiu hub serve` and `jinxiu hub user add`: the province curation hub (electron/hub). */

const DB_OPTION = { db: { type: 'string' as const, description: 'PostgreSQL URL, e.g. postgres://jinxiu@127.0.0.1:5432/jinxiu' } };

function requireDb(args: Parameters<Command['run']>[0]): string {
  const db = stringOption(args, 'db');
  if (!db) throw studioError('cli.missing-db', '缺少 --db：PostgreSQL 数据库地址，例如 postgres://jinxiu@127.0.0.1:5432/jinxiu', 'missing --db: the PostgreSQL URL, e.g. postgres://jinxiu@127.0.0.1:5432/jinxiu');
  return db;
}

const serve: Command = {
  usage: 'jinxiu hub serve --db URL [--host H] [--port N] [--name NAME]',
  options: {
    ...DB_OPTION,
    host: { type: 'string', description: 'address to listen on (default 127.0.0.1; put TLS in a reverse proxy in front)' },
    port: { type: 'string', description: 'TCP port (default 0: the OS picks a free one)' },
    name: { type: 'string', description: "the hub's name in its trust file (default: Jinxiu Hub)" },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const port = portOption(args);
    const { startHub } = await import('../../hub/server');
    const { unreachable } = await import('../../hub/database');
    let hub;
    try {
      hub = await startHub({ db: requireDb(args), host: stringOption(args, 'host') ?? '127.0.0.1', port, name: stringOption(args, 'name') });
    } catch (error) {
      if ((error as { code?: string }).code === 'hub.migration') throw error;
      throw unreachable(error);
    }
    io.out(`Jinxiu Hub: ${hub.url}`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await hub.close();
    return 0;
  },
};

/** Opens the hub's database (migrated), runs `work` with its accounts, and closes it. */
async function withAccounts<T>(db: string, work: (accounts: import('../../hub/accounts').HubAccounts, actor: string) => Promise<T>): Promise<T> {
  const { openHubPool, migrateHub, unreachable } = await import('../../hub/database');
  const { HubAccounts } = await import('../../hub/accounts');
  const os = await import('node:os');
  const pool = openHubPool(db, 1);
  try {
    try {
      await migrateHub(pool);
    } catch (error) {
      if ((error as { code?: string }).code === 'hub.migration') throw error;
      throw unreachable(error);
    }
    return await work(new HubAccounts(pool), `cli:${os.userInfo().username}`);
  } finally {
    await pool.end().catch(() => {});
  }
}

const NAME_OPTION = { name: { type: 'string' as const, description: 'account name (letters, digits, . _ -)' } };

function requireName(args: Parameters<Command['run']>[0]): string {
  const name = stringOption(args, 'name');
  if (!name) throw studioError('cli.missing-name', '缺少 --name（账户名）。', 'missing --name (the account name).');
  return name;
}

async function readPassword(io: Parameters<Command['run']>[1], name: string): Promise<string> {
  if (!io.passphrase) throw studioError('cli.no-passphrase', '这个命令需要从标准输入读取口令。', 'This command reads the password from standard input.');
  return io.passphrase(`password for ${name}`);
}

const userAdd: Command = {
  usage: 'jinxiu hub user add --db URL --name NAME --role steward|curator|cooperative   (password on standard input)',
  options: {
    ...DB_OPTION,
    ...NAME_OPTION,
    role: { type: 'string', description: 'steward (accounts and trust), curator (submit, review, sign) or cooperative (read published, submit own motifs)' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const db = requireDb(args);
    const name = requireName(args);
    const role = stringOption(args, 'role');
    if (!role || !(HUB_ROLES as readonly string[]).includes(role)) throw studioError('cli.bad-role', '--role 必须是 steward、curator 或 cooperative。', '--role must be steward, curator or cooperative.');
    const password = await readPassword(io, name);
    const added = await withAccounts(db, (accounts, actor) => accounts.add(name, role as HubRole, password, actor));
    io.out(added.keyFingerprint ? `added ${added.role} ${added.name}; signing key ${added.keyFingerprint}` : `added ${added.role} ${added.name}`);
    return 0;
  },
};

const userPassword: Command = {
  usage: 'jinxiu hub user password --db URL --name NAME   (the new password on standard input; a curator gets a new signing key)',
  options: { ...DB_OPTION, ...NAME_OPTION },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const db = requireDb(args);
    const name = requireName(args);
    const password = await readPassword(io, name);
    const updated = await withAccounts(db, (accounts, actor) => accounts.resetPassword(name, password, actor));
    io.out(
      updated.keyFingerprint
        ? `new password for ${updated.name}; new signing key ${updated.keyFingerprint} (issue the trust file again so studios count it)`
        : `new password for ${updated.name}`,
    );
    return 0;
  },
};

const userDisable: Command = {
  usage: 'jinxiu hub user disable --db URL --name NAME   (no more logins; what they signed stays valid)',
  options: { ...DB_OPTION, ...NAME_OPTION },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const db = requireDb(args);
    const name = requireName(args);
    await withAccounts(db, (accounts, actor) => accounts.disable(name, actor));
    io.out(`disabled ${name}`);
    return 0;
  },
};

export const hubCommands: Record<string, Command> = { serve, 'user add': userAdd, 'user password': userPassword, 'user disable': userDisable };
