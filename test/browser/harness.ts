// Loads the preview webview as VS Code would — the real HTML shell (client/preview/html.ts) with
// its Content-Security-Policy and a fresh nonce, the real media/preview/preview.js and .css — in
// headless Chromium, served from a loopback HTTP server that stands in for the webview's resource
// origin. `acquireVsCodeApi` is a small stub that records what the page posts to the extension.
//
// Sentinels: `window.__pwned(what)` records any script a post manages to run (every hostile payload
// calls it); every request the page makes is recorded, and everything but the page and its own
// script and stylesheet is refused and counted as outbound.

import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewHtml } from '../../client/preview/html';
import type { HostMessage, PreviewLabels, RenderReport } from '../../client/preview/messages';
import { createNonce } from '../../client/preview/nonce';
import type { PreviewDocument } from '../../rules/preview';
import type { PreviewModel } from '../../server/protocol';

const ROOT = path.resolve(__dirname, '../../..');

// The page's globals, for the functions that run inside Chromium (page.evaluate): declared here, in
// this module only, rather than adding the DOM library to the whole project's compilation.
declare const window: {
  __sent: Array<Record<string, unknown> & { type: string; report?: RenderReport }>;
  __violations: string[];
  postMessage(message: unknown, targetOrigin: string): void;
};
export const CHROMIUM_PATH = process.env.POSTLINT_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const ASSETS: Record<string, { file: string; type: string }> = {
  '/media/preview/preview.js': { file: 'media/preview/preview.js', type: 'text/javascript' },
  '/media/preview/preview.css': { file: 'media/preview/preview.css', type: 'text/css' },
};

/** Runs in the page before its own script: the VS Code API stub and the violation counter. */
const INIT_SCRIPT = `
  window.__sent = [];
  window.__violations = [];
  let pageState;
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__sent.push(JSON.parse(JSON.stringify(message))),
    getState: () => pageState,
    setState: (state) => { pageState = JSON.parse(JSON.stringify(state)); },
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export class PreviewPage {
  /** What hostile content managed to run (must stay empty). */
  readonly executions: string[] = [];
  /** Requests other than the page and its own script and stylesheet (must stay empty). */
  readonly outbound: string[] = [];
  /** Every request the page made. */
  readonly requests: string[] = [];
  /** Scripts and styles served (each page load: one HTML shell, one nonce). */
  private served: string[] = [];
  private version = 0;

  private constructor(
    readonly browser: Browser,
    readonly page: Page,
    private readonly server: http.Server,
    readonly origin: string,
  ) {}

  static async open(options: { width?: number; height?: number; bodyClass?: string; themeCss?: string } = {}): Promise<PreviewPage> {
    let shellOrigin = '';
    const served: string[] = [];
    const server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', shellOrigin);
      served.push(url.pathname);
      if (url.pathname === '/') {
        let html = previewHtml({
          cspSource: shellOrigin,
          nonce: createNonce(),
          scriptUri: `${shellOrigin}/media/preview/preview.js`,
          styleUri: `${shellOrigin}/media/preview/preview.css`,
        });
        // As VS Code does: the theme's class on <body>, its colours as --vscode-* variables.
        if (options.bodyClass) html = html.replace('<body>', `<body class="${options.bodyClass}">`);
        if (options.themeCss) html = html.replace('</head>', `<style nonce="${/nonce="([^"]+)"/.exec(html)![1]}">${options.themeCss}</style>\n</head>`);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(html);
        return;
      }
      const asset = ASSETS[url.pathname];
      if (!asset) {
        response.writeHead(404);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8` });
      response.end(fs.readFileSync(path.join(ROOT, asset.file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    shellOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: options.width ?? 420, height: options.height ?? 800 } });
    const page = await context.newPage();
    const preview = new PreviewPage(browser, page, server, shellOrigin);
    preview.served = served;

    const allowed = new Set([`${shellOrigin}/`, ...Object.keys(ASSETS).map((asset) => shellOrigin + asset)]);
    page.on('request', (request) => preview.requests.push(request.url()));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (allowed.has(url)) return route.continue();
      preview.outbound.push(url);
      return route.abort('blockedbyclient');
    });
    await page.exposeFunction('__pwned', (what: unknown) => {
      preview.executions.push(String(what));
    });
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(`${shellOrigin}/`);
    await page.waitForFunction(() => window.__sent.some((message) => message.type === 'ready'));
    return preview;
  }

  /** Sends a model as the extension would and waits for the page's report of it. */
  async render(document: PreviewDocument, title: string, options: { locked?: boolean; uri?: string } = {}): Promise<RenderReport> {
    this.version++;
    const model: PreviewModel = { ...document, uri: options.uri ?? `file:///posts/${encodeURIComponent(title)}`, version: this.version };
    const message: HostMessage = { type: 'render', model, labels: testLabels(model), title, locked: options.locked ?? false };
    return this.send(message, model.uri, this.version);
  }

  async send(message: HostMessage, uri: string, version: number | null): Promise<RenderReport> {
    const before = await this.sentCount();
    await this.page.evaluate((data) => window.postMessage(data, '*'), message as unknown);
    const handle = await this.page.waitForFunction(
      ({ from, uri, version }) => {
        const sent = window.__sent.slice(from);
        return sent.find((entry) => entry.type === 'rendered' && entry.report?.uri === uri && entry.report.version === version)?.report;
      },
      { from: before, uri, version },
    );
    return (await handle.jsonValue()) as RenderReport;
  }

  /** Everything the page posted to the extension so far. */
  async sent(): Promise<Array<Record<string, unknown>>> {
    return this.page.evaluate(() => window.__sent);
  }

  async sentCount(): Promise<number> {
    return this.page.evaluate(() => window.__sent.length);
  }

  async violations(): Promise<string[]> {
    return this.page.evaluate(() => window.__violations);
  }

  /** Paths the loopback server served. */
  servedPaths(): readonly string[] {
    return this.served;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The page's own texts, as the extension would send them (English). */
export function testLabels(model: PreviewModel): PreviewLabels {
  return {
    adapt: Object.fromEntries(model.channels.map((channel) => [channel.channel, `Adapt for ${channel.name}`])),
    meters: model.channels.map((channel) => channel.posts.map((post) => `${channel.shortName}: ${post.meter.length} of ${post.meter.limit} characters`)),
    problems: 'Problems',
    noProblems: 'No problems',
    emptyPost: 'Nothing to publish yet: the post is empty.',
    showFolded: 'Show the text folded, as the network shows it first',
    showWhole: 'Show the whole text',
    overLimit: 'Past the limit',
    locked: 'Locked to this post',
  };
}

/** The text a card must show: each span as the network writes it, line breaks as "\n". */
export function expectedCardText(post: PreviewDocument['channels'][number]['posts'][number]): string {
  return post.spans.map((span) => (span.kind === 'linebreak' ? '\n' : (span.display ?? span.text))).join('');
}
