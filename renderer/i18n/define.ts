/**
 * UI strings: every entry is [zh-CN, en] side by side, so a missing translation is
 * impossible by construction. Each area of the UI keeps its own file in ./messages.
 */
export type MessageTable = Record<string, readonly [zh: string, en: string]>;

export function defineMessages<T extends MessageTable>(table: T): T {
  return table;
}
