import type { RetryablePolicy, RetryPolicy } from '../types.js';

/**
 * The page's words that set each policy, most demanding first: a message that says both "execution status unknown"
 * and "try again" must be reconciled. "Too many parameters" is a malformed request, not a rate.
 */
const retryCues: readonly (readonly [RetryablePolicy, RegExp])[] = [
  ['reconcile', /\b(?:execution|send) status unknown\b|\bunknown error\b/i],
  ['resync-clock', /\btimestamp\b|\brecvWindow\b/i],
  ['rate-limit', /\btoo many (?!param)\w+|\brate\b|\bweight\b|\bbanned\b/i],
  ['backoff', /\btry again\b|\boverloaded\b|\bbusy\b|\bdisconnected\b/i],
];

/** Where the words that set a policy were, or what else set it. */
export type RetryReasonSource = 'name' | 'message' | 'override' | 'no cue';

/** Why a code got its policy: the words that set it and where they were, or an override. */
export interface RetryReason {
  readonly source: RetryReasonSource;
  /** The words of the page that set the policy. */
  readonly words?: string;
}

/** `TOO_MANY_REQUESTS` and `tooManyRequests` as the words `TOO MANY REQUESTS` and `too Many Requests`. */
const wordsOfName = (name: string) => name.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/_+/g, ' ');
/** Placeholders and `{field}` names stand for values, not for what the message says. */
const wordsOfMessage = (message: string) => message.replace(/\{[^}]*\}|%[sd]/g, ' ');

/** The retry policy the page's own words give a code: its name first, then its messages. */
export function inferRetryPolicy(
  name: string,
  messages: readonly string[],
): { readonly retry: RetryPolicy; readonly reason: RetryReason } {
  const texts: readonly { readonly source: RetryReasonSource; readonly text: string }[] = [
    { source: 'name', text: wordsOfName(name) },
    ...messages.map((message) => ({ source: 'message' as const, text: wordsOfMessage(message) })),
  ];
  for (const [policy, cue] of retryCues) {
    for (const { source, text } of texts) {
      const found = cue.exec(text);
      if (found !== null) return { retry: policy, reason: { source, words: found[0] } };
    }
  }
  return { retry: 'none', reason: { source: 'no cue' } };
}
