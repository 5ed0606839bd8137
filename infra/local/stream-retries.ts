/**
 * The retry policy of a stream consumer, as the Lambda event source mapping applies it in AWS: a failed batch
 * is split in two and each half tried on its own (`bisectBatchOnError`), a batch that still fails is tried again
 * up to `maxRetryAttempts` times, and what fails after that is handed to `onDeadLetter` (the on-failure
 * destination) so that the records after it are not held up.
 */
export interface RetryPolicy<R> {
  readonly maxRetryAttempts: number;
  readonly bisectBatchOnError: boolean;
  /** Pause before a retry, in milliseconds; doubled on each retry. Default 50. */
  readonly backoffMs?: number;
  readonly onDeadLetter: (failure: { readonly records: readonly R[]; readonly error: unknown }) => void;
}

/** Hands `records` to `handle` under the policy; resolves once every record was handled or set aside. */
export async function deliverWithRetries<R>(records: readonly R[], handle: (records: readonly R[]) => Promise<void>, policy: RetryPolicy<R>): Promise<void> {
  if (records.length === 0) return;
  let lastError: unknown;
  for (let attempt = 0; attempt <= policy.maxRetryAttempts; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, (policy.backoffMs ?? 50) * 2 ** (attempt - 1)));
    try {
      await handle(records);
      return;
    } catch (error) {
      lastError = error;
      if (policy.bisectBatchOnError && records.length > 1) {
        const half = Math.ceil(records.length / 2);
        await deliverWithRetries(records.slice(0, half), handle, policy);
        await deliverWithRetries(records.slice(half), handle, policy);
        return;
      }
    }
  }
  policy.onDeadLetter({ records, error: lastError });
}
