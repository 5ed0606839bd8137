import { catalog } from "./clients.ts";

/** Office names by id, for lists that show where a trial comes from. */
export async function officeNames(): Promise<Map<string, string>> {
  return new Map((await catalog.listOffices()).map((o) => [o.id, o.name]));
}

export function daysSince(iso: string, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}
