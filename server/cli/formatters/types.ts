// The contract between the run and the output formats.

import type { Locale } from '../../../rules';
import type { FileReport } from '../report';

export interface FormatContext {
  /** Working folder: SARIF and GitHub paths are relative to it. */
  cwd: string;
  color: boolean;
  /** Where the rule docs lie (dist/docs), for SARIF help links. */
  docsDirectory: string;
  /** --locale, for rule descriptions; messages are already localised. */
  locale?: Locale;
  version: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
