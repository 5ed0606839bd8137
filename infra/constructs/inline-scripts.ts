import { createHash } from "node:crypto";
import { INLINE_SCRIPTS } from "../../site/src/lib/header-fit.ts";

/**
 * The Content-Security-Policy sources that let the site's own inline scripts run and no other: the SHA-256 of
 * each one's text, as the browser computes it over the script element's content.
 */
export const INLINE_SCRIPT_SOURCES: readonly string[] = INLINE_SCRIPTS.map(
  (script) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`,
);
