// Renders media/icon.svg to media/icon.png (128×128, transparent) with headless Chromium, so the
// icon has an editable source and needs no image tools: `node media/render-icon.mjs`.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const here = import.meta.dirname;
const chromium = process.env.POSTLINT_CHROMIUM || '/usr/bin/chromium';
const result = spawnSync(chromium, [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--hide-scrollbars',
  '--default-background-color=00000000',
  '--window-size=128,128',
  `--screenshot=${path.join(here, 'icon.png')}`,
  `file://${path.join(here, 'icon.svg')}`,
], { stdio: 'inherit' });
process.exit(result.status ?? 1);
