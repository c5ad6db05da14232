// Config for eslint-doc-generator: regenerates the rule doc headers/options lists in docs/rules/*.md and the
// rules tables in this package's README.md and the repository README from the built plugin (dist), so run
// `pnpm build` first. Rule and config links are absolute, so they work from both READMEs.

const repositoryUrl = 'https://github.com/exchange-errors/exchange-errors/blob/main/packages/eslint-plugin';

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['recommended-type-checked', '☑️'],
    ['strict', '🔒'],
  ],
  // The title already carries the description, so the 📝 notice is left out.
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'requiresTypeChecking'],
  ruleDocSectionInclude: ['Rule Details'],
  ruleDocSectionOptions: true,
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'configsWarn',
    'fixable',
    'hasSuggestions',
    'options',
    'requiresTypeChecking',
    'deprecated',
  ],
  urlConfigs: `${repositoryUrl}/README.md#configs`,
  // The repository README shows the rule list too, so rule links must work from both places.
  pathRuleList: ['README.md', '../../README.md'],
  urlRuleDoc: `${repositoryUrl}/docs/rules/{name}.md`,
};

export default config;
