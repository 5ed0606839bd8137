/** oidc-provider's own in-memory storage, a module its published type declarations (@types/oidc-provider) leave out. */
declare module "oidc-provider/lib/adapters/memory_adapter.js" {
  import type { AdapterFactory } from "oidc-provider";

  /** The memory adapter as a factory (named explicitly, the library does not warn that it is meant for development). */
  export function createMemoryAdapter(clockTolerance?: number): AdapterFactory;
}
