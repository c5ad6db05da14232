import type { RetryablePolicy, RetryPolicy } from './types.js';

/** Every retry policy, in order of how much a client must do before retrying. */
export const retryPolicies = [
  'reconcile',
  'resync-clock',
  'rate-limit',
  'backoff',
  'none',
] as const satisfies readonly RetryPolicy[];

export function isRetryPolicy(value: unknown): value is RetryPolicy {
  return (retryPolicies as readonly unknown[]).includes(value);
}

/** Every policy except `none`, in the same order. */
export const retryablePolicies = /* @__PURE__ */ retryPolicies.filter(
  (policy): policy is RetryablePolicy => policy !== 'none',
);
