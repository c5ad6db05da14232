// Lints the Heron client with the catalogue imported from Heron's error page (heron-errors.mjs, generated). Not named
// eslint.config.mjs, so the repository's own lint does not pick it up: the client's magic codes are the demo's point.
import exchangeErrors from '@exchange-errors/eslint-plugin';
import { catalogue } from './heron-errors.mjs';

export default [
  {
    files: ['client.mjs'],
    ...exchangeErrors.configs.recommended,
    settings: { '@exchange-errors': { catalogue, importSource: './heron-errors.mjs' } },
  },
];
