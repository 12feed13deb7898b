// The output formats by name (`--format`).

import type { FormatName } from '../args';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, github };

/** The formats that print each safe fix's edits: a run computes them only for these (FileReport.fixes). */
export const SHOWS_FIXES: ReadonlySet<FormatName> = new Set(['sarif']);

export type { FormatContext, Formatter } from './types';
