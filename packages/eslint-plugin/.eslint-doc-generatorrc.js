// Config for eslint-doc-generator: regenerates the rule doc headers/options lists in docs/rules/*.md and the
// rules table in README.md from the built plugin (dist), so run `pnpm build` first. Rule links in the README stay
// relative (docs/rules/<rule>.md); the config links point at the README's Configs section.

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
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options', 'requiresTypeChecking', 'deprecated'],
  urlConfigs: `${repositoryUrl}/README.md#configs`,
};

export default config;
