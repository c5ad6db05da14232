import { describe, expect, it } from 'vitest';
import { isRetryPolicy, retryablePolicies, retryPolicies } from '../src/index.js';

describe('retry policies', () => {
  it('list the retryable ones in the order of all, without none', () => {
    expect(retryablePolicies).toEqual(['reconcile', 'resync-clock', 'rate-limit', 'backoff']);
    expect(retryablePolicies).toEqual(retryPolicies.filter((policy) => policy !== 'none'));
  });

  it('recognise exactly the policies', () => {
    expect(retryPolicies.every(isRetryPolicy)).toBe(true);
    expect(['', 'None', 'rate_limit', undefined].some(isRetryPolicy)).toBe(false);
  });
});
