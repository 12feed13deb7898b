// Reading `.postlintrc.json`: found upward from a post, JSON with comments (jsonc-parser), validated
// against the shipped JSON schema. Problems carry offsets, lines and columns in the config file.
// Nothing in a config is executed: word lists are data and become escaped literals.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import schema from '../../schemas/postlintrc.schema.json';
import { LineIndex } from '../text/positions';
import { closestMatch } from '../text/suggest';
import type { ConfigProblem, PostlintConfig } from './types';

export const CONFIG_FILE_NAME = '.postlintrc.json';

export interface LoadedConfig {
  /** The configuration; `{}` when the file is broken (linting goes on with the defaults). */
  config: PostlintConfig;
  problems: ConfigProblem[];
  file?: string;
}

// Compiled on first use, not when the module loads: the language server answers `initialize` first.
let validator: Validator | undefined;

const WORD_LIST_ENTRY_MAX_LENGTH = schema.definitions.wordList.items.maxLength;

// Keywords that only summarise errors of their children; the children say more.
const SUMMARY_KEYWORDS = new Set(['properties', 'items', '$ref', 'allOf', 'additionalProperties', 'propertyNames']);

/** Parses and validates the text of a config file. */
export function parseConfig(text: string, file?: string): LoadedConfig {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const at = (start: number, end: number, message: string) => {
    const position = lines.positionAt(start);
    problems.push({ message, file, start, end, line: position.line, character: position.character });
  };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) {
    at(error.offset, error.offset + Math.max(error.length, 1), `Invalid JSON: ${describeParseError(printParseErrorCode(error.error))}`);
  }
  if (errors.length > 0) return { config: {}, problems, file };
  if (value === undefined && text.trim() === '') return { config: {}, problems, file };
  const tree = parseTree(text, [], { allowTrailingComma: true });
  // JSON allows a key twice (the last wins), but a config that sets `address` to two values says
  // two things: reported, like VS Code's JSON editor does.
  for (const duplicate of duplicateKeys(tree)) {
    at(duplicate.offset, duplicate.offset + duplicate.length, `\`${String(duplicate.value)}\` is set twice; remove one of them.`);
  }
  validator ??= new Validator(schema as object, '7', false);
  const result = validator.validate(value);
  // Word-list entries over the schema's length cap are reported and left out; the rest of the
  // config applies (matching an entry costs the text's length times the entry's).
  const overLongEntries: Array<Array<string | number>> = [];
  if (!result.valid) {
    const reported = new Set<string>();
    // An error deeper down says more than the errors of its parent (the `anyOf` summary, or the
    // complaint of the alternative that did not apply).
    const specific = result.errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword) && error.keyword !== 'anyOf');
    const hasDeeperError = (location: string) => specific.some((error) => error.instanceLocation.startsWith(`${location}/`));
    for (const error of result.errors) {
      if (hasDeeperError(error.instanceLocation)) continue;
      if (SUMMARY_KEYWORDS.has(error.keyword) && error.keyword !== 'additionalProperties') continue;
      if (error.keyword === 'additionalProperties') continue;
      const key = `${error.instanceLocation}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const segments = pointerSegments(error.instanceLocation);
      if (error.keyword === 'maxLength' && isWordListEntry(segments)) overLongEntries.push(segments);
      const node = tree ? findNodeAtLocation(tree, segments) : undefined;
      // An unknown key (`false`) or a key outside `propertyNames` (a channel in `limits`): point at the key.
      const aboutKey = error.keyword === 'false' || error.keywordLocation.includes('/propertyNames/');
      const target = aboutKey && node?.parent?.type === 'property' ? node.parent.children![0] : node;
      const start = target?.offset ?? 0;
      const end = start + (target?.length ?? 1);
      at(start, end, describeSchemaError(error, segments, value));
    }
  }
  if (problems.length > overLongEntries.length) return { config: {}, problems, file };
  return { config: withoutEntries((value ?? {}) as PostlintConfig, overLongEntries), problems, file };
}

/** True for the location of one entry of a word list: `competitors.3`, `words.rude.0`. */
function isWordListEntry(segments: ReadonlyArray<string | number>): boolean {
  const [first, second, third] = segments;
  if (first === 'competitors') return segments.length === 2 && typeof second === 'number';
  return first === 'words' && segments.length === 3 && (second === 'rude' || second === 'allowed') && typeof third === 'number';
}

/** `config` without the word-list entries at `locations` (a copy; the parsed value is not changed). */
function withoutEntries(config: PostlintConfig, locations: ReadonlyArray<ReadonlyArray<string | number>>): PostlintConfig {
  if (locations.length === 0) return config;
  const dropped = (list: string[] | undefined, ...path: string[]) =>
    list?.filter((_, index) => !locations.some((location) => location.length === path.length + 1 && path.every((key, at) => location[at] === key) && location[path.length] === index));
  const result: PostlintConfig = { ...config };
  if (config.competitors) result.competitors = dropped(config.competitors, 'competitors');
  if (config.words) result.words = { ...config.words, rude: dropped(config.words.rude, 'words', 'rude'), allowed: dropped(config.words.allowed, 'words', 'allowed') };
  return result;
}

/** Key nodes that repeat a key of the same object, at any depth. */
function duplicateKeys(tree: JsonNode | undefined): JsonNode[] {
  const found: JsonNode[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === 'object') {
      const seen = new Set<unknown>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        if (seen.has(key.value)) found.push(key);
        seen.add(key.value);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (tree) visit(tree);
  return found;
}

function pointerSegments(location: string): Array<string | number> {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment.replace(/~1/g, '/').replace(/~0/g, '~')))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Turns a schema error into a sentence a writer understands, with a suggestion where one exists. */
function describeSchemaError(error: OutputUnit, segments: Array<string | number>, root: unknown): string {
  const where = segments.length > 0 ? `\`${segments.join('.')}\`` : 'the configuration';
  const name = String(segments[segments.length - 1] ?? '');
  if (error.keyword === 'false') {
    const parent = segments.slice(0, -1);
    const allowed = allowedKeys(parent);
    const suggestion = closestMatch(name, allowed);
    const parentName = parent.length > 0 ? ` in \`${parent.filter((segment) => typeof segment === 'string').join('.')}\`` : '';
    return suggestion ? `Unknown setting \`${name}\`${parentName} — did you mean \`${suggestion}\`?` : `Unknown setting \`${name}\`${parentName}.`;
  }
  if (error.keyword === 'enum' && error.keywordLocation.includes('/propertyNames/')) {
    const allowed = (error.error.match(/\[(.*)\]/)?.[1] ?? '').split(',').map((item) => item.replace(/"/g, '').trim());
    const suggestion = closestMatch(name, allowed);
    const parent = segments.length > 1 ? `\`${segments.slice(0, -1).join('.')}\`` : 'the configuration';
    return suggestion
      ? `${parent}: \`${name}\` is not allowed — did you mean \`${suggestion}\`?`
      : `${parent}: \`${name}\` is not allowed; use one of ${allowed.join(', ')}.`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.error.match(/\[(.*)\]/)?.[1] ?? '').split(',').map((item) => item.replace(/"/g, '').trim());
    const actual = valueAt(root, segments);
    const suggestion = typeof actual === 'string' ? closestMatch(actual, allowed) : undefined;
    return suggestion
      ? `${where}: \`${String(actual)}\` is not allowed — did you mean \`${suggestion}\`?`
      : `${where}: \`${String(actual)}\` is not allowed; use one of ${allowed.join(', ')}.`;
  }
  if (error.keyword === 'maxLength' && isWordListEntry(segments)) {
    return `${where}: an entry may have at most ${WORD_LIST_ENTRY_MAX_LENGTH} characters; this one is ignored.`;
  }
  if (error.keyword === 'anyOf') {
    return `${where} must be a severity (error, warning, info, hint, off) or [severity, options].`;
  }
  return `${where}: ${error.error.replace(/^Instance /, 'value ')}`;
}

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode | SchemaNode[]; anyOf?: SchemaNode[] };

/** The property names the schema allows at `parent` (for "did you mean"). */
function allowedKeys(parent: Array<string | number>): string[] {
  const root = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };
  const resolve = (node: SchemaNode | undefined): SchemaNode | undefined =>
    node?.$ref ? root.definitions[node.$ref.replace('#/definitions/', '')] : node;
  let nodes: SchemaNode[] = [root];
  for (const segment of parent) {
    const next: SchemaNode[] = [];
    for (const candidate of nodes) {
      const node = resolve(candidate);
      if (!node) continue;
      for (const branch of node.anyOf ? node.anyOf.map(resolve) : [node]) {
        if (!branch) continue;
        if (typeof segment === 'number' && Array.isArray(branch.items)) next.push(branch.items[segment]);
        else if (typeof segment === 'number' && branch.items) next.push(branch.items as SchemaNode);
        else if (branch.properties?.[String(segment)]) next.push(branch.properties[String(segment)]);
      }
    }
    nodes = next.filter(Boolean);
  }
  return nodes.flatMap((node) => Object.keys(resolve(node)?.properties ?? {}));
}

function valueAt(root: unknown, segments: Array<string | number>): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The nearest `.postlintrc.json` from `directory` upward, or undefined. */
export function findConfigFile(directory: string): string | undefined {
  let current = path.resolve(directory);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads and validates a config file; an unreadable file is a problem, not an exception. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { config: {}, problems: [{ message: `Cannot read config file (${reason})`, file, start: 0, end: 0, line: 0, character: 0 }], file };
  }
  return parseConfig(text.replace(/^\uFEFF/, ''), file);
}

export type { JsonNode };
