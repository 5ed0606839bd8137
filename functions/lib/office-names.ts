import { catalog } from "./clients.ts";

/** Office names by id, for lists that show where a trial comes from. */
export async function officeNames(): Promise<Map<string, string>> {
  return new Map((await catalog.listOffices()).map((o) => [o.id, o.name]));
}
