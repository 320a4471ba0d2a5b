import { defineMessages } from '../define';

export const syncMessages = defineMessages({
  'sync.title': ['省级中心', 'Province hub'],
  'sync.explain': ['从省级策展中心取回已发布的纹样、标签变更和撤回，并把本合作社自己的纹样交给中心审核。每个签名和图稿都会核对。', "Fetch published motifs, label changes and withdrawals from the province curation hub, and send this cooperative's own motifs for review. Every signature and artwork file is checked."],
  'sync.hub': ['中心地址', 'Hub address'],
  'sync.user': ['中心账户', 'Hub account'],
  'sync.password': ['中心口令', 'Hub password'],
  'sync.fingerprint': ['中心管理员指纹（第一次同步时，与中心核对后填写）', "Hub steward's fingerprint (first sync: fill in after checking it with the hub)"],
  'sync.run': ['与中心同步', 'Sync with hub'],
  'sync.working': ['正在同步，请稍候…', 'Syncing, please wait…'],
  'sync.done': ['同步完成：新增 {new}，更新 {updated}，冲突 {conflict}，拒绝 {refused}；下载图稿 {files} 个；提交审核 {pushed} 个。', 'Sync done: {new} new, {updated} updated, {conflict} conflicts, {refused} refused; {files} artwork files downloaded; {pushed} submitted for review.'],
  'sync.unconfirmed': ['中心的信任文件还没有导入：请和中心管理员逐组核对指纹 {fingerprint}，填入上面的指纹栏后再同步一次。', "The hub's trust file was not imported yet: compare the fingerprint {fingerprint} group by group with the hub's steward, enter it above and sync again."],
});
