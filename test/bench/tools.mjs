// The tools the benchmark runs as whole processes, and the exact commands (as BENCHMARKS.md shows
// them). Every tool is started with `node <its bin script>` rather than through npx, so that npm's
// own start-up is not part of any figure.
//
// Inputs: `corpus` is <corpus>/posts (10,000 posts), `subset` is <corpus>/subset (the first 1,000).

import * as fs from 'node:fs';
import * as path from 'node:path';

export const TEXTLINT_RULES = ['max-comma', 'sentence-length', 'no-todo', 'terminology'];

/** Writes the textlint configuration (the four rules with their defaults) into `workDir`. */
export function writeTextlintConfig(workDir) {
  const file = path.join(workDir, '.textlintrc.json');
  const rules = Object.fromEntries(TEXTLINT_RULES.map((rule) => [rule, true]));
  fs.writeFileSync(file, `${JSON.stringify({ rules }, null, 2)}\n`);
  return file;
}

export function defineTools({ repoRoot, corpus, textlintConfig }) {
  const node = process.execPath;
  const bin = (relative) => path.join(repoRoot, relative);
  const dirOf = (input) => (input === 'subset' ? corpus.subsetDir : corpus.postsDir);

  const postlint = (input) => ({
    id: input === 'subset' ? 'postlint-subset' : 'postlint',
    label: 'Postlint (all rules)',
    input,
    command: node,
    args: [bin('dist/cli.js'), '--format', 'json', '.'],
    cwd: dirOf(input),
    display: 'node dist/cli.js --format json .',
    // Exit 1 means "errors found" — the corpus has them on purpose.
    okExitCodes: [0, 1],
  });

  return {
    baseline: {
      id: 'baseline',
      label: 'Baseline (read + strip frontmatter + twitter-text + 200-word regex)',
      input: 'corpus',
      command: node,
      args: [bin('test/bench/baseline.mjs'), '.'],
      cwd: dirOf('corpus'),
      display: 'node test/bench/baseline.mjs .',
      okExitCodes: [0],
    },
    postlint: postlint('corpus'),
    postlintSubset: postlint('subset'),
    markdownlint: {
      id: 'markdownlint-cli2',
      label: 'markdownlint-cli2 (default rules)',
      input: 'corpus',
      command: node,
      args: [bin('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'],
      cwd: dirOf('corpus'),
      display: 'npx markdownlint-cli2 "**/*.md"',
      okExitCodes: [0, 1],
    },
    textlint: {
      id: 'textlint',
      label: `textlint (${TEXTLINT_RULES.join(', ')})`,
      input: 'corpus',
      command: node,
      // Run from the repository so textlint resolves its rule packages from our node_modules; the
      // corpus is named by an absolute glob.
      args: [bin('node_modules/textlint/bin/textlint.js'), '--config', textlintConfig, `${dirOf('corpus')}/**/*.md`],
      cwd: repoRoot,
      display: `npx textlint --config .textlintrc.json "<corpus>/posts/**/*.md"   # .textlintrc.json: {"rules": {${TEXTLINT_RULES.map((rule) => `"${rule}": true`).join(', ')}}}`,
      okExitCodes: [0, 1],
    },
    alex: {
      id: 'alex',
      label: 'alex',
      input: 'subset',
      command: node,
      args: [bin('node_modules/alex/cli.js'), '.'],
      cwd: dirOf('subset'),
      display: 'npx alex .',
      okExitCodes: [0, 1],
    },
  };
}
