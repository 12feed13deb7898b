// Command-line arguments → CliOptions. node:util's parseArgs does the tokenising; the checks here
// give the messages a writer needs ("unknown channel 'instagarm' — did you mean 'instagram'?").

import { parseArgs } from 'node:util';
import { CHANNELS, closestMatch, findChannel, LOCALES, type ChannelId, type Locale } from '../../rules';
import { UsageError } from './errors';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  help: boolean;
  version: boolean;
  /** Files, folders and globs, as given. */
  patterns: string[];
  format: FormatName;
  fix: boolean;
  /** Channels that replace each post's own (`--channel`), as canonical ids. */
  channels?: ChannelId[];
  configFile?: string;
  stdin: boolean;
  stdinFilename?: string;
  maxWarnings?: number;
  locale?: Locale;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  channel: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-warnings': { type: 'string' },
  locale: { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;

export function parseArguments(argv: readonly string[]): CliOptions {
  // strict: false so that unknown options reach us as tokens and get a did-you-mean.
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const patterns: string[] = [];
  const flags = new Set<OptionName>();
  const values: Partial<Record<OptionName, string[]>> = {};

  for (const token of tokens) {
    if (token.kind === 'positional') {
      patterns.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) throw unknownOption(token.rawName);
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`option '${token.rawName}' takes no value`);
      flags.add(name);
      continue;
    }
    // parseArgs takes the next argument as the value even when it is another option.
    if (token.value === undefined || token.value === '' || (!token.inlineValue && /^--?[a-z]/i.test(token.value))) {
      throw new UsageError(`option '${token.rawName}' needs a value`);
    }
    (values[name] ??= []).push(token.value);
  }

  const last = (name: OptionName): string | undefined => values[name]?.at(-1);
  const options: CliOptions = {
    help: flags.has('help'),
    version: flags.has('version'),
    patterns,
    format: parseFormat(last('format')),
    fix: flags.has('fix'),
    stdin: flags.has('stdin'),
    stdinFilename: last('stdin-filename'),
    configFile: last('config'),
  };
  if (options.help || options.version) return options;

  if (values.channel) options.channels = parseChannels(values.channel);
  const maxWarnings = last('max-warnings');
  if (maxWarnings !== undefined) options.maxWarnings = parseMaxWarnings(maxWarnings);
  const locale = last('locale');
  if (locale !== undefined) options.locale = parseLocale(locale);

  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError("'--stdin-filename' needs '--stdin'");
  if (options.stdin && patterns.length > 0) throw new UsageError("'--stdin' lints standard input: give no files with it");
  return options;
}

function unknownOption(rawName: string): UsageError {
  const known = Object.keys(OPTIONS).map((name) => `--${name}`);
  const suggestion = rawName.startsWith('--') ? closestMatch(rawName, known) : undefined;
  return new UsageError(`unknown option '${rawName}'${suggestion ? ` — did you mean '${suggestion}'?` : ''}`);
}

function parseFormat(value: string | undefined): FormatName {
  if (value === undefined) return 'stylish';
  const format = FORMATS.find((name) => name === value.toLowerCase());
  if (format) return format;
  const suggestion = closestMatch(value, FORMATS);
  throw new UsageError(`unknown format '${value}'${suggestion ? ` — did you mean '${suggestion}'?` : `; use one of ${FORMATS.join(', ')}`}`);
}

/** `--channel x --channel facebook` and `--channel x,facebook`; aliases become canonical ids. */
function parseChannels(values: readonly string[]): ChannelId[] {
  const names = CHANNELS.flatMap((channel) => [channel.id, ...channel.aliases]);
  const ids: ChannelId[] = [];
  for (const name of values.flatMap((value) => value.split(',')).map((part) => part.trim()).filter(Boolean)) {
    const channel = findChannel(name);
    if (!channel) {
      const suggestion = closestMatch(name, names);
      throw new UsageError(
        `unknown channel '${name}'${suggestion ? ` — did you mean '${suggestion}'?` : `; use one of ${CHANNELS.map((profile) => profile.id).join(', ')}`}`,
      );
    }
    if (!ids.includes(channel.id)) ids.push(channel.id);
  }
  if (ids.length === 0) throw new UsageError("option '--channel' needs a channel id");
  return ids;
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`'--max-warnings' needs a whole number of 0 or more, not '${value}'`);
  return Number(value);
}

function parseLocale(value: string): Locale {
  const locale = LOCALES.find((candidate) => candidate === value.toLowerCase());
  if (!locale) throw new UsageError(`unknown locale '${value}'; use one of ${LOCALES.join(', ')}`);
  return locale;
}
