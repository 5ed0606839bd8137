import { mergeMethod } from "../../shared/contracts/catalog.ts";
import { mergeMethods } from "../../shared/application/method-merge.ts";
import { catalog, merges, pilots, workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

/**
 * Merges the method in the address into `into`: every trial moves to the kept method through the workflow
 * (each move a kept revision), then the old method is marked merged so its slug resolves to the kept one.
 * Asking again after an interruption continues the merge (see `mergeMethods`).
 */
export const handler = httpHandler(mergeMethod, jsonBody, async (request) => {
  const result = await mergeMethods(
    { catalog, trials: pilots, merges, workflow },
    { fromId: request.params.id, intoId: request.body.into, expectedVersion: request.ifMatch, actor: request.principal },
  );
  return { body: result, headers: { etag: etag(result.merged.version) } };
});
