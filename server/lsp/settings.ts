// The editor's `postlint.*` settings, read per document (`workspace/configuration`, scoped to the
// document so folder settings apply) and cached until the client says they changed — the pattern of
// the LSP sample server. Each setting is validated against the `.postlintrc.json` schema on its own,
// so one bad value is skipped (and logged) without losing the others.

import type { Connection } from 'vscode-languageserver/node';
import schema from '../../schemas/postlintrc.schema.json';
import { parseConfig } from '../../rules/config/load';
import type { PostlintConfig } from '../../rules/config/types';
import type { Locale } from '../../rules/types';

export const SETTINGS_SECTION = 'postlint';

export interface ClientSettings {
  /** The settings as configuration, below `.postlintrc.json` and frontmatter (SPEC §4). */
  config: PostlintConfig;
  /** An explicit `postlint.locale`; undefined for `auto`. */
  locale?: Locale;
}

// `locale` is handled apart from the configuration ('auto' is a setting value, not a config one).
const CONFIG_KEYS = Object.keys(schema.properties).filter((key) => key !== '$schema' && key !== 'locale');

export function readClientSettings(raw: unknown, warn: (message: string) => void): ClientSettings {
  if (raw === null || typeof raw !== 'object') return { config: {} };
  const source = raw as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const value = source[key];
    if (isUnset(value)) continue;
    const checked = parseConfig(JSON.stringify({ [key]: value }));
    if (checked.problems.length > 0) {
      warn(`Setting postlint.${key} is ignored: ${checked.problems.map((problem) => problem.message).join('; ')}`);
      continue;
    }
    config[key] = (checked.config as Record<string, unknown>)[key];
  }
  const locale = source.locale === 'de' || source.locale === 'en' ? source.locale : undefined;
  return { config: config as PostlintConfig, locale };
}

/** Empty strings, lists and objects mean "not set" in the settings UI. */
function isUnset(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<ClientSettings>>();
  /** Settings pushed with `didChangeConfiguration`, for clients that cannot be asked. */
  private pushed: ClientSettings = { config: {} };
  private readonly warned = new Set<string>();

  constructor(
    private readonly connection: Connection,
    /** Whether the client answers `workspace/configuration`. */
    private readonly canPull: boolean,
  ) {}

  get(scopeUri: string): Promise<ClientSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let settings = this.cache.get(scopeUri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }).then(
        (raw) => readClientSettings(raw, (message) => this.warn(message)),
        (error: unknown) => {
          this.warn(`Could not read the postlint settings: ${String(error)}`);
          return { config: {} };
        },
      );
      this.cache.set(scopeUri, settings);
    }
    return settings;
  }

  /** `workspace/didChangeConfiguration`: forget everything; take pushed settings if there are any. */
  changed(settings: unknown): void {
    this.cache.clear();
    this.warned.clear();
    const section = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    this.pushed = readClientSettings(section, (message) => this.warn(message));
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.connection.console.warn(message);
  }
}
