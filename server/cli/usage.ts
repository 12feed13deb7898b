// The text of `postlint --help` (also printed, to stderr, when no file is given).

import { CHANNELS } from '../../rules';
import { FORMATS } from './args';

export function usage(): string {
  const channels = CHANNELS.map((channel) => (channel.aliases.length > 0 ? `${channel.id} (${channel.aliases[0]})` : channel.id));
  return `Usage: postlint [options] <file|folder|glob>...

Lints social-media posts (.post.md): channel limits and your team's guidelines.

  A folder means every *.post.md below it (node_modules and dot-folders are skipped).
  A file named explicitly is linted whatever its name. Quote globs: 'posts/**/*.post.md'.
  Without a file, folder or --stdin, postlint prints this help and exits with 2;
  run 'postlint .' to lint the current folder.

Options:
  -f, --format <name>        ${FORMATS.join(' | ')} (default: stylish)
      --fix                  write every safe fix to the files (suggestions are never applied),
                             then report what is left
      --channel <id>         lint for these channels instead of each post's own; repeat it or
                             separate ids with commas (see Channels)
  -c, --config <file>        use this configuration instead of the nearest .postlintrc.json
      --stdin                lint the post read from standard input
      --stdin-filename <name>  the name to show for it and to find its .postlintrc.json from;
                             with --fix, the fixed post goes to standard output and the report
                             to standard error
      --max-warnings <n>     exit with 1 when there are more than n warnings
      --locale <de|en>       language of the messages (default: the config's "locale", else
                             the language of each post)
  -h, --help                 show this help
  -v, --version              show the version

Channels (an alias in brackets):
${wrap(channels, '  ', 96)}

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or more warnings than --max-warnings
  2  usage or configuration error, or a file that cannot be read
`;
}

/** Joins items with ", " into lines of at most `width` characters. */
function wrap(items: readonly string[], indent: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const [index, item] of items.entries()) {
    const piece = index < items.length - 1 ? `${item},` : item;
    if (line && indent.length + line.length + 1 + piece.length > width) {
      lines.push(indent + line);
      line = piece;
    } else {
      line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
