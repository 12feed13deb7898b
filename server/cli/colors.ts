// Terminal colours for the stylish format: on for a colour terminal, off for pipes and files.
// NO_COLOR (https://no-color.org) turns them off; FORCE_COLOR turns them on even in a pipe
// (CI logs render ANSI). Four codes do not justify a dependency.

import type { OutputStream } from './io';

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export function useColor(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  if (!stream.isTTY) return false;
  return stream.hasColors ? stream.hasColors() : true;
}

function style(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain = (text: string): string => text;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, cyan: plain, dim: plain, bold: plain, underline: plain };
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    cyan: style(36, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    underline: style(4, 24),
  };
}
