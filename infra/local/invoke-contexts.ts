import { AsyncLocalStorage } from "node:async_hooks";
import { InvokeStoreBase } from "@aws/lambda-invoke-store";

/**
 * The local hub runs every function in one process and overlapping requests at once, as a Lambda execution
 * environment that takes several invocations at a time does. Its runtime says so in AWS_LAMBDA_MAX_CONCURRENCY
 * and runs each invocation in its own invoke context, where Powertools then keeps the invocation's state: the
 * log lines' function name and request id, the stored metrics. Without it they sit on the one shared Logger and
 * Metrics, and a request's log line could carry another one's. This module plays that part of the runtime.
 */

/** How many invocations the local functions say they take at a time (Node's HTTP server has no such limit). */
const LOCAL_MAX_CONCURRENCY = 64;

type InvokeContext = Record<string | symbol, unknown>;

/**
 * An invoke store that keeps each invocation's context in an AsyncLocalStorage, as `@aws/lambda-invoke-store`
 * does when the runtime sets AWS_LAMBDA_MAX_CONCURRENCY. The package makes that kind only for a process that had
 * the variable before anything asked it for a store, and the SDK asks on its first request (the hub creates and
 * seeds its table before it serves), so the hub installs its own where the runtime puts the store and Powertools
 * reads it: `globalThis.awslambda.InvokeStore`.
 */
export class ConcurrentInvokeStore extends InvokeStoreBase {
  private readonly als = new AsyncLocalStorage<InvokeContext>();
  getContext(): InvokeContext | undefined {
    return this.als.getStore();
  }
  hasContext(): boolean {
    return this.als.getStore() !== undefined;
  }
  get<T = unknown>(key: string | symbol): T | undefined {
    return this.als.getStore()?.[key] as T | undefined;
  }
  set<T = unknown>(key: string | symbol, value: T): void {
    if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
    const store = this.als.getStore();
    if (!store) throw new Error("No invoke context");
    store[key] = value;
  }
  run<T>(context: InvokeContext, fn: () => T): T {
    return this.als.run(context, fn);
  }
  /** Runs one invocation in a context of its own, under its request id. */
  invoke<T>(requestId: string, fn: () => T): T {
    return this.run({ [InvokeStoreBase.PROTECTED_KEYS.REQUEST_ID]: requestId }, fn);
  }
}

/**
 * Marks this process as taking several invocations at a time and returns its concurrent invoke store, installed
 * once. A process this one starts inherits the mark but not the store (the tests' workers clear it).
 */
export function concurrentInvocations(): ConcurrentInvokeStore {
  if (!process.env.AWS_LAMBDA_MAX_CONCURRENCY) process.env.AWS_LAMBDA_MAX_CONCURRENCY = String(LOCAL_MAX_CONCURRENCY);
  const runtime = ((globalThis as { awslambda?: { InvokeStore?: unknown } }).awslambda ??= {});
  if (!(runtime.InvokeStore instanceof ConcurrentInvokeStore)) runtime.InvokeStore = new ConcurrentInvokeStore();
  return runtime.InvokeStore as ConcurrentInvokeStore;
}
