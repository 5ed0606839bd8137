import { health } from "../../shared/contracts/system.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler(health, async () => ({ body: { status: "ok" as const } }));
