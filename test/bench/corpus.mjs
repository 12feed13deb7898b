// The benchmark corpus: 10,000 generated `.post.md` files (about 5 MB), the same bytes on every
// machine for the same seed. Written once to a cache folder under the OS temp dir and reused while
// the generator is unchanged (its sources are hashed into the folder name).
//
//   <tmp>/postlint-bench/corpus-<seed>-<count>-<hash>/
//     posts/<bucket>/<nnnnn>-<kind>-<lang>-<channel>.post.md   100 posts per bucket folder
//     posts/.postlintrc.json                                      competitors for the competitor rule
//     subset/…                                                    the first 1,000 posts (for alex)
//     manifest.json                                               written last: marks it complete
//
// Run alone: node test/bench/corpus.mjs [--count 10000] [--seed 42]

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePost } from './post-text.mjs';
import { Random } from './random.mjs';

export const DEFAULT_SEED = 42;
export const DEFAULT_COUNT = 10_000;
export const SUBSET_COUNT = 1_000;
const PER_BUCKET = 100;
const GENERATOR_SOURCES = ['corpus.mjs', 'post-text.mjs', 'phrases.mjs', 'random.mjs'];

const CONFIG = { competitors: ['Telekom', 'Vodafone', 'O2'] };

/** Returns the corpus's manifest, generating the corpus first when the cache has none. */
export function ensureCorpus({ seed = DEFAULT_SEED, count = DEFAULT_COUNT, subsetCount = SUBSET_COUNT } = {}) {
  const base = path.join(os.tmpdir(), 'postlint-bench');
  const root = path.join(base, `corpus-${seed}-${count}-${generatorHash()}`);
  const manifestFile = path.join(root, 'manifest.json');
  if (fs.existsSync(manifestFile)) return JSON.parse(fs.readFileSync(manifestFile, 'utf8'));

  removeStaleCorpora(base, `corpus-${seed}-${count}-`);
  // Written beside the final folder and renamed at the end, so an interrupted run leaves no
  // half-written corpus that looks complete.
  const partial = `${root}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  const manifest = writeCorpus(partial, { seed, count, subsetCount });
  fs.renameSync(partial, root);
  const final = relocate(manifest, partial, root);
  fs.writeFileSync(manifestFile, `${JSON.stringify(final, null, 2)}\n`);
  return final;
}

function writeCorpus(root, { seed, count, subsetCount }) {
  const rng = new Random(seed);
  const postsDir = path.join(root, 'posts');
  const subsetDir = path.join(root, 'subset');
  fs.mkdirSync(subsetDir, { recursive: true });
  const hash = createHash('sha256');
  const stats = { files: 0, bytes: 0, subsetFiles: 0, subsetBytes: 0, replies: 0, german: 0, channels: {} };

  for (let index = 0; index < count; index++) {
    const post = makePost(rng, index);
    const bytes = Buffer.from(post.text, 'utf8');
    const bucket = path.join(postsDir, String(Math.floor(index / PER_BUCKET)).padStart(3, '0'));
    if (index % PER_BUCKET === 0) fs.mkdirSync(bucket, { recursive: true });
    fs.writeFileSync(path.join(bucket, post.name), bytes);
    hash.update(post.name).update('\0').update(bytes).update('\0');
    stats.files++;
    stats.bytes += bytes.length;
    if (post.kind === 'reply') stats.replies++;
    if (post.lang === 'de') stats.german++;
    for (const channel of post.channels.length > 0 ? post.channels : ['(default)']) {
      stats.channels[channel] = (stats.channels[channel] ?? 0) + 1;
    }
    if (index < subsetCount) {
      fs.writeFileSync(path.join(subsetDir, post.name), bytes);
      stats.subsetFiles++;
      stats.subsetBytes += bytes.length;
    }
  }
  const config = `${JSON.stringify(CONFIG, null, 2)}\n`;
  fs.writeFileSync(path.join(postsDir, '.postlintrc.json'), config);
  fs.writeFileSync(path.join(subsetDir, '.postlintrc.json'), config);
  return { seed, count, generator: generatorHash(), contentHash: hash.digest('hex'), root, postsDir, subsetDir, ...stats };
}

function relocate(manifest, from, to) {
  const move = (dir) => path.join(to, path.relative(from, dir));
  return { ...manifest, root: to, postsDir: move(manifest.postsDir), subsetDir: move(manifest.subsetDir) };
}

/** Earlier corpora of the same seed and size, made by an older generator. */
function removeStaleCorpora(base, prefix) {
  if (!fs.existsSync(base)) return;
  for (const entry of fs.readdirSync(base)) {
    if (entry.startsWith(prefix)) fs.rmSync(path.join(base, entry), { recursive: true, force: true });
  }
}

function generatorHash() {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const file of GENERATOR_SOURCES) hash.update(fs.readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 10);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? fallback : Number(process.argv[at + 1]);
  };
  const started = performance.now();
  const manifest = ensureCorpus({ seed: option('--seed', DEFAULT_SEED), count: option('--count', DEFAULT_COUNT) });
  console.log(JSON.stringify(manifest, null, 2));
  console.error(`ready in ${Math.round(performance.now() - started)} ms`);
}
