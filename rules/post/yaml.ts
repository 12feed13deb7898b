// `yaml`, loaded on first use. The fast frontmatter reader (frontmatter-fast.ts) reads every post of
// the bench corpus, and most posts anywhere: `yaml` is needed only for frontmatter it cannot read and
// for "Adapt for …". Imported at the top, it would be a fifth of the CLI's and the server's engine
// bundle, parsed and set up by every thread at start-up (about 8 ms each) and kept in the server's
// memory for nothing; the build makes it a bundle of its own, dist/yaml.js, like tinyld.

import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  loaded ??= require('yaml') as typeof Yaml;
  return loaded;
}
