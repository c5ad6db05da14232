export { inferRetryPolicy, type RetryReason } from './infer-retry-policy.js';
export {
  ErrorPageError,
  parseErrorPage,
  type ErrorPage,
  type ImportedDefinition,
  type Overrides,
  type PageNotice,
  type ParseErrorPageOptions,
} from './parse-error-page.js';
export { describeImport } from './describe-import.js';
export {
  readSourceHash,
  renderCatalogueModule,
  type ModuleFormat,
  type RenderOptions,
} from './render-catalogue-module.js';
