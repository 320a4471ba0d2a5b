import { pick, studioError } from '../../../model/localized';
import { stringOption } from '../args';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { cliActor, withStudio } from '../with-studio';

/** `jinxiu sync`: pull what changed on a province hub, push this cooperative's own motifs for review. */
export const syncCommand: Command = {
  usage: 'jinxiu sync --hub URL --user NAME [--fingerprint FP] [--data DIR] [--json]   (password: JINXIU_HUB_PASSWORD or standard input)',
  options: {
    ...DATA_OPTION,
    ...JSON_OPTION,
    hub: { type: 'string', description: "the hub's address, e.g. https://hub.example.org/" },
    user: { type: 'string', description: 'your account on the hub' },
    fingerprint: { type: 'string', description: "the hub steward's fingerprint, confirmed with the hub in person or by phone (first sync; then remembered)" },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const hub = stringOption(args, 'hub');
    const user = stringOption(args, 'user');
    if (!hub || !user) throw studioError('cli.arguments', '需要 --hub（中心地址）和 --user（中心账户）。', 'needs --hub (the hub address) and --user (your hub account).');
    let password = process.env.JINXIU_HUB_PASSWORD;
    if (!password) {
      if (!io.passphrase) throw studioError('cli.no-passphrase', '请在 JINXIU_HUB_PASSWORD 或标准输入里给出中心口令。', 'Give the hub password in JINXIU_HUB_PASSWORD or on standard input.');
      password = await io.passphrase(`hub password for ${user}`);
    }
    const { SyncService } = await import('../../services/sync/sync-service');
    const report = await withStudio(args, (studio) => new SyncService(studio).sync({ hub, user, password: password!, fingerprint: stringOption(args, 'fingerprint'), actor: `${cliActor()} via ${user}` }));
    if (args.options.json) {
      io.out(JSON.stringify({ ok: true, ...report, pulled: { ...report.pulled, items: report.pulled.items.map((i) => ({ ...i, reason: i.reason ? pick(i.reason, io.lang) : undefined })) }, pushed: { ...report.pushed, refused: report.pushed.refused.map((r) => ({ id: r.id, reason: pick(r.reason, io.lang) })) } }));
      return 0;
    }
    const p = report.pulled;
    for (const item of p.items) io.out(`${item.action.padEnd(9)} ${item.slug}  ${item.names.zh}${item.reason ? `  — ${pick(item.reason, io.lang)}` : ''}`);
    io.out(
      pick(
        {
          zh: `从中心取回：新增 ${p.new}，更新 ${p.updated}，冲突 ${p.conflict}，拒绝 ${p.refused}，未变 ${p.unchanged}；下载图稿 ${report.downloaded.files} 个；提交审核 ${report.pushed.accepted.length} 个。`,
          en: `from the hub: new ${p.new}, updated ${p.updated}, conflicts ${p.conflict}, refused ${p.refused}, unchanged ${p.unchanged}; artwork files downloaded ${report.downloaded.files}; submitted for review ${report.pushed.accepted.length}.`,
        },
        io.lang,
      ),
    );
    for (const r of report.pushed.refused) io.out(pick({ zh: `没有提交 ${r.id}：${r.reason.zh}`, en: `not submitted ${r.id}: ${r.reason.en}` }, io.lang));
    if (report.trustFile.status === 'unconfirmed') {
      io.out(
        pick(
          {
            zh: `中心的信任文件还没有导入：请和中心管理员当面或电话逐组核对指纹 ${report.trustFile.display}，然后加上 --fingerprint 再同步一次。在此之前，中心策展人的签名在本工坊不算数。`,
            en: `The hub's trust file was not imported: compare the fingerprint ${report.trustFile.display} group by group with the hub's steward (in person or by phone), then sync again with --fingerprint. Until then the hub curators' signatures do not count here.`,
          },
          io.lang,
        ),
      );
    }
    return 0;
  },
};
