// The frontmatter's YAML as frontmatter.ts reads it: scalars, sequences and maps with their source
// ranges, nothing more. `yaml`'s own node classes cost a property definition per node, which was a
// tenth of reading a short post; the fast path (frontmatter-fast.ts) builds these plain nodes
// directly, and `yaml`'s document tree is turned into them (`fromYaml`) when it has to parse.

import type { Node as YamlNode } from 'yaml';
import { yaml } from './yaml';

/** Source offsets of a node: where it starts and where its value ends. */
export type SourceRange = [number, number];

export type FrontNode = FrontScalar | FrontSeq | FrontMap | FrontOther;

export interface FrontScalar {
  kind: 'scalar';
  /** The value as the YAML core schema reads it: text, null, a number, a boolean, … */
  value: unknown;
  range?: SourceRange;
}

export interface FrontSeq {
  kind: 'seq';
  items: Array<FrontNode | null>;
  range?: SourceRange;
}

export interface FrontMap {
  kind: 'map';
  pairs: FrontPair[];
  range?: SourceRange;
}

export interface FrontPair {
  key: FrontNode | null;
  value: FrontNode | null;
}

/** Anything else (an alias, a pair inside a sequence): read only as "a value". */
export interface FrontOther {
  kind: 'other';
  range?: SourceRange;
}

/** The plain node of a `yaml` node (of its contents, for a map or a sequence). */
export function fromYaml(node: unknown): FrontNode | null {
  if (node === null || node === undefined) return null;
  const range = rangeOf(node as YamlNode);
  const { isMap, isScalar, isSeq } = yaml();
  if (isScalar(node)) return { kind: 'scalar', value: node.value, range };
  if (isSeq(node)) return { kind: 'seq', items: node.items.map(fromYaml), range };
  if (isMap(node)) return { kind: 'map', pairs: node.items.map((pair) => ({ key: fromYaml(pair.key), value: fromYaml(pair.value) })), range };
  return { kind: 'other', range };
}

function rangeOf(node: YamlNode): SourceRange | undefined {
  const range = (node as { range?: readonly number[] | null }).range;
  return range ? [range[0]!, range[1]!] : undefined;
}
