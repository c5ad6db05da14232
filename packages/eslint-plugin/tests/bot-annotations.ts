import { readFileSync } from 'node:fs';

/**
 * What each line of a bot-shaped fixture should get, from its trailing comment:
 *
 * - `// expect: <rule>, <rule>`: reported by `recommended` and `strict`, once per listed rule;
 * - `// expect strict: <rule>`: reported by `strict` only;
 * - `// wrong strict: <rule>` (or `wrong:` for both configs): reported although the code is right — a known false
 *   positive, which counts against precision;
 * - `// miss: <rule>`: a problem the rules do not find (yet): it stays unreported, and counts against recall.
 *
 * Several annotations on a line are separated by `;`. A line without annotation must get nothing.
 */
export const BOT_CONFIGS = ['recommended', 'strict'] as const;
export type BotConfig = (typeof BOT_CONFIGS)[number];

/** `3 no-magic-error-codes`: a finding as line and short rule name. */
export type BotFinding = string;

export interface BotAnnotations {
  /** Every finding each config makes: the expected ones and the known false positives. */
  readonly reported: Record<BotConfig, BotFinding[]>;
  readonly wrong: Record<BotConfig, BotFinding[]>;
  readonly missed: BotFinding[];
}

const ANNOTATION = /\b(expect strict|expect|wrong strict|wrong|miss): ([\w\s,-]+?)(?=;|$)/gu;

export function readBotAnnotations(file: string): BotAnnotations {
  const reported: Record<BotConfig, BotFinding[]> = { recommended: [], strict: [] };
  const wrong: Record<BotConfig, BotFinding[]> = { recommended: [], strict: [] };
  const missed: BotFinding[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const comment = text.indexOf('//');
      if (comment === -1) return;
      for (const [, kind = '', list = ''] of text.slice(comment).matchAll(ANNOTATION)) {
        const findings = list.split(',').map((rule) => `${index + 1} ${rule.trim()}`);
        if (kind === 'miss') {
          missed.push(...findings);
          continue;
        }
        const configs = kind === 'expect' || kind === 'wrong' ? BOT_CONFIGS : (['strict'] as const);
        for (const config of configs) {
          reported[config].push(...findings);
          if (kind.startsWith('wrong')) wrong[config].push(...findings);
        }
      }
    });
  return { reported, wrong, missed };
}

/** Removes one occurrence of each of `taken` from `findings`: multisets, as a line may get a rule twice. */
function without(findings: readonly BotFinding[], taken: readonly BotFinding[]): BotFinding[] {
  const rest = [...findings];
  for (const finding of taken) {
    const at = rest.indexOf(finding);
    if (at !== -1) rest.splice(at, 1);
  }
  return rest;
}

export interface RuleScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

/**
 * True and false positives and false negatives of one rule under one config: the findings ESLint made,
 * judged by the annotations (`wrong` and unannotated findings are false positives; `miss` and absent expected
 * findings are false negatives).
 */
export function scoreRule(
  rule: string,
  config: BotConfig,
  annotations: BotAnnotations,
  actual: readonly BotFinding[],
): RuleScore {
  const ofRule = (findings: readonly BotFinding[]) => findings.filter((finding) => finding.endsWith(` ${rule}`));
  const made = ofRule(actual);
  const right = without(ofRule(annotations.reported[config]), ofRule(annotations.wrong[config]));
  const unmatched = without(made, right);
  return {
    truePositives: made.length - unmatched.length,
    falsePositives: unmatched.length,
    falseNegatives: without(right, made).length + ofRule(annotations.missed).length,
  };
}
