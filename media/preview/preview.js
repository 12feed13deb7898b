// @ts-check
// The script of the "Postlint Preview" webview. It receives the server's preview model from the
// extension (postMessage) and draws one card per channel, as that network draws a post.
//
// Safety: everything in the model comes from the post, its frontmatter, the configuration or the
// file name, and is shown as text only — elements are made with createElement/createElementNS and
// filled with textContent; no HTML string is ever parsed, no attribute takes a URL, and nothing in
// the page navigates. Class names and data attributes come from fixed lists, never from the model.
//
// Updates replace the channels' nodes in one synchronous step (no flicker: the browser paints once),
// keeping the scroll position, the focused control and each card's folded/whole view.

(function () {
  'use strict';

  /** @typedef {import('../../client/preview/messages').HostMessage} HostMessage */
  /** @typedef {import('../../client/preview/messages').PreviewLabels} PreviewLabels */
  /** @typedef {import('../../client/preview/messages').RenderReport} RenderReport */
  /** @typedef {import('../../server/protocol').PreviewModel} PreviewModel */
  /** @typedef {import('../../server/protocol').PreviewChannel} PreviewChannel */
  /** @typedef {import('../../server/protocol').PreviewPost} PreviewPost */
  /** @typedef {import('../../server/protocol').PreviewSpan} PreviewSpan */
  /** @typedef {import('../../server/protocol').PreviewProblem} PreviewProblem */
  /** @typedef {import('../../server/protocol').PreviewMeter} PreviewMeter */
  /**
   * What the page keeps across reloads (vscode.setState): the post and the lock, which the
   * extension's serializer reads back, and the writer's view of each card.
   * @typedef {{ uri?: string, locked?: boolean, whole?: Record<string, boolean>, scrollY?: number }} PageState
   */

  const CHANNELS = new Set(['twitter', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'threads']);
  const SPAN_KINDS = new Set(['text', 'hashtag', 'mention', 'url', 'cashtag', 'linebreak']);
  const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);
  const METER_STYLES = new Set(['ring', 'countdown', 'bar']);
  const METER_STATES = new Set(['ok', 'warn', 'over']);
  const SVG = 'http://www.w3.org/2000/svg';

  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('preview'));
  /** @type {PageState} */
  let state = vscode.getState() || {};
  /** @type {string | undefined} */
  let shownUri;

  // ---------------------------------------------------------------------------------------------
  // Small DOM helpers: the only ways text gets into the page.

  /**
   * @param {string} tag
   * @param {string[]} classes fixed class names, never from the model
   * @param {unknown} [text] shown as text
   */
  function element(tag, classes, text) {
    const node = document.createElement(tag);
    if (classes.length) node.className = classes.join(' ');
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** A button that does something in the page, never a form submit. @param {string[]} classes @param {unknown} [text] */
  function button(classes, text) {
    const node = /** @type {HTMLButtonElement} */ (element('button', classes, text));
    node.type = 'button';
    return node;
  }

  /**
   * @param {string} tag
   * @param {Record<string, string | number>} attributes numbers and fixed names only
   */
  function svgElement(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    return node;
  }

  /** @param {unknown} value */
  function number(value) {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : 0;
  }

  /** @param {unknown} value @param {Set<string>} allowed @param {string} fallback */
  function oneOf(value, allowed, fallback) {
    return typeof value === 'string' && allowed.has(value) ? value : fallback;
  }

  /** @param {Partial<PageState>} changes */
  function saveState(changes) {
    state = { ...state, ...changes };
    vscode.setState(state);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering.

  /** @param {HostMessage} message */
  function render(message) {
    const started = performance.now();
    const uri = String(message.type === 'render' ? message.model.uri : message.uri);
    const samePost = uri === (shownUri ?? state.uri);
    const scrollY = samePost ? (shownUri === undefined ? number(state.scrollY) : window.scrollY) : 0;
    const focusKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;

    const children = [toolbar(message)];
    if (message.type === 'render') {
      const model = message.model;
      if (!Array.isArray(model.channels)) return;
      model.channels.forEach((channel, index) => children.push(channelSection(model, channel, index, message.labels)));
    } else {
      children.push(element('p', ['unavailable'], message.text));
    }
    root.replaceChildren(...children);

    shownUri = uri;
    saveState({ uri, locked: message.locked === true, scrollY });
    window.scrollTo(0, scrollY);
    if (focusKey) {
      const again = root.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
      if (again instanceof HTMLElement) again.focus({ preventScroll: true });
    }
    if (message.type === 'render') report(message.model, performance.now() - started);
  }

  /** @param {HostMessage} message */
  function toolbar(message) {
    const bar = element('header', ['toolbar']);
    bar.append(element('span', ['toolbar-title'], message.title));
    if (message.locked) {
      const label = message.type === 'render' ? message.labels.locked : '';
      bar.append(element('span', ['lock-badge'], label));
    }
    return bar;
  }

  /**
   * @param {PreviewModel} model
   * @param {PreviewChannel} channel
   * @param {number} channelIndex
   * @param {PreviewLabels} labels
   */
  function channelSection(model, channel, channelIndex, labels) {
    const id = oneOf(channel.channel, CHANNELS, 'generic');
    const section = element('section', ['channel', `channel--${id}`]);
    section.dataset.channel = id;
    const heading = element('h2', ['channel-name'], channel.name);
    section.append(heading);
    const posts = Array.isArray(channel.posts) ? channel.posts : [];
    posts.forEach((post, postIndex) => {
      const meterLabel = labels.meters?.[channelIndex]?.[postIndex] ?? '';
      section.append(card(model, channel, id, post, postIndex, meterLabel, labels));
    });
    const adapt = button(['adapt'], labels.adapt?.[/** @type {keyof PreviewLabels['adapt']} */ (id)] ?? '');
    adapt.dataset.focusKey = `adapt:${id}`;
    adapt.addEventListener('click', () => vscode.postMessage({ type: 'adapt', channel: id }));
    section.append(adapt);
    return section;
  }

  /**
   * @param {PreviewModel} model
   * @param {PreviewChannel} channel
   * @param {string} id validated channel id
   * @param {PreviewPost} post
   * @param {number} postIndex
   * @param {string} meterLabel
   * @param {PreviewLabels} labels
   */
  function card(model, channel, id, post, postIndex, meterLabel, labels) {
    const key = `${id}:${postIndex}`;
    const article = element('article', ['card', `card--${id}`]);
    article.dataset.card = key;

    article.append(authorLine(channel.author, post));
    article.append(postText(model, post, key, labels));
    article.append(meterLine(post.meter, meterLabel));
    article.append(problemList(post.problems, key, labels));
    return article;
  }

  /** @param {PreviewChannel['author']} author @param {PreviewPost} post */
  function authorLine(author, post) {
    const line = element('div', ['author']);
    line.append(element('span', ['avatar'], author?.initial ?? ''));
    const names = element('div', ['author-names']);
    names.append(element('span', ['author-name'], author?.name ?? ''));
    if (author?.handle) names.append(element('span', ['author-handle'], author.handle));
    if (author?.time) names.append(element('span', ['author-time'], author.time));
    line.append(names);
    if (post.part) line.append(element('span', ['part'], `${number(post.part.index)}/${number(post.part.total)}`));
    return line;
  }

  /**
   * The text with its spans styled as the network styles them, the fold marker where the network
   * folds, and the overflow marked.
   * @param {PreviewModel} model @param {PreviewPost} post @param {string} key @param {PreviewLabels} labels
   */
  function postText(model, post, key, labels) {
    const text = element('div', ['text']);
    text.dir = 'auto';
    if (model.lang === 'de' || model.lang === 'en') text.lang = model.lang;
    const spans = Array.isArray(post.spans) ? post.spans : [];
    if (spans.length === 0) {
      text.append(element('span', ['empty'], labels.emptyPost));
      return text;
    }
    // The writer's choice per card (kept in the page state): the whole text with a marker where the
    // network folds (the default, so that nothing being typed disappears), or the folded view.
    const whole = state.whole?.[key] ?? true;
    if (post.fold && !whole) text.classList.add('is-folded');

    let markedOverflow = false;
    let foldPlaced = false;
    for (const span of spans) {
      if (post.fold && !foldPlaced && span.folded) {
        text.append(foldMarker(post.fold, key, whole, labels));
        foldPlaced = true;
      }
      const node = spanNode(span);
      if (span.overflow) {
        node.classList.add('overflow');
        if (!markedOverflow) node.title = labels.overLimit;
        markedOverflow = true;
      }
      if (span.folded) node.classList.add('after-fold');
      text.append(node);
    }
    return text;
  }

  /** @param {PreviewSpan} span */
  function spanNode(span) {
    const kind = oneOf(span.kind, SPAN_KINDS, 'text');
    if (kind === 'linebreak') return element('br', ['linebreak']);
    if (kind === 'text') return element('span', ['plain'], span.text);
    // An entity: styled like the network's link when the network links it, but never navigable.
    const shown = typeof span.display === 'string' ? span.display : span.text;
    const node = element('span', ['entity', `entity--${kind}`], shown);
    if (span.linked) node.classList.add('linked');
    if (shown !== span.text) node.title = String(span.text);
    return node;
  }

  /**
   * "…more" where the network folds: in the folded view the network's own label; in the whole view a
   * small marker. Either toggles the view.
   * @param {NonNullable<PreviewPost['fold']>} fold @param {string} key @param {boolean} whole @param {PreviewLabels} labels
   */
  function foldMarker(fold, key, whole, labels) {
    const marker = button(['fold'], fold.label);
    marker.title = whole ? labels.showFolded : labels.showWhole;
    marker.setAttribute('aria-expanded', String(whole));
    marker.dataset.focusKey = `fold:${key}`;
    marker.addEventListener('click', () => {
      whole = !whole;
      saveState({ whole: { ...state.whole, [key]: whole } });
      marker.parentElement?.classList.toggle('is-folded', !whole);
      marker.title = whole ? labels.showFolded : labels.showWhole;
      marker.setAttribute('aria-expanded', String(whole));
    });
    return marker;
  }

  /** @param {PreviewMeter} meter @param {string} label */
  function meterLine(meter, label) {
    const style = oneOf(meter?.style, METER_STYLES, 'bar');
    const status = oneOf(meter?.state, METER_STATES, 'ok');
    const line = element('div', ['meter', `meter--${style}`, `meter--${status}`]);
    line.setAttribute('role', 'img');
    line.setAttribute('aria-label', label);
    const ratio = Math.max(0, Math.min(1, number(meter?.ratio)));
    if (style === 'ring') line.append(ring(ratio, status, meter));
    else if (style === 'bar') line.append(bar(ratio));
    else line.append(element('span', ['countdown'], meter?.remainingText ?? ''));
    line.append(element('span', ['meter-text'], meter?.text ?? ''));
    return line;
  }

  /**
   * X's ring: fills as the post grows; with 20 left it shows the characters left, past the limit how
   * many are too many, in red.
   * @param {number} ratio @param {string} status @param {PreviewMeter} meter
   */
  function ring(ratio, status, meter) {
    const wrapper = element('span', ['ring']);
    const svg = svgElement('svg', { viewBox: '0 0 36 36', width: 30, height: 30, 'aria-hidden': 'true', focusable: 'false' });
    // r = 100 / 2π: the circumference is 100, so the dash length is the percentage.
    svg.append(svgElement('circle', { class: 'ring-track', cx: 18, cy: 18, r: 15.9155, fill: 'none', 'stroke-width': 3 }));
    svg.append(
      svgElement('circle', {
        class: 'ring-fill',
        cx: 18,
        cy: 18,
        r: 15.9155,
        fill: 'none',
        'stroke-width': 3,
        'stroke-dasharray': `${(ratio * 100).toFixed(2)} 100`,
        transform: 'rotate(-90 18 18)',
      }),
    );
    wrapper.append(svg);
    if (status !== 'ok') wrapper.append(element('span', ['ring-count'], meter?.remainingText ?? ''));
    return wrapper;
  }

  /** @param {number} ratio */
  function bar(ratio) {
    const svg = svgElement('svg', { class: 'bar', viewBox: '0 0 100 4', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
    svg.append(svgElement('rect', { class: 'bar-track', x: 0, y: 0, width: 100, height: 4, rx: 2 }));
    svg.append(svgElement('rect', { class: 'bar-fill', x: 0, y: 0, width: (ratio * 100).toFixed(2), height: 4, rx: 2 }));
    return svg;
  }

  /** @param {PreviewProblem[]} problems @param {string} key @param {PreviewLabels} labels */
  function problemList(problems, key, labels) {
    const list = Array.isArray(problems) ? problems : [];
    if (list.length === 0) return element('p', ['no-problems'], labels.noProblems);
    const container = element('div', ['problems']);
    container.append(element('h3', ['problems-heading'], labels.problems));
    const items = element('ul', ['problem-list']);
    list.forEach((problem, index) => {
      const severity = oneOf(problem.severity, SEVERITIES, 'warning');
      const item = element('li', []);
      const row = button(['problem', `problem--${severity}`]);
      row.dataset.focusKey = `problem:${key}:${index}`;
      row.append(element('span', ['problem-icon']));
      row.append(element('span', ['problem-message'], problem.message));
      row.append(element('span', ['problem-rule'], problem.ruleId));
      const range = {
        start: { line: number(problem.range?.start?.line), character: number(problem.range?.start?.character) },
        end: { line: number(problem.range?.end?.line), character: number(problem.range?.end?.character) },
      };
      row.addEventListener('click', () => vscode.postMessage({ type: 'reveal', range }));
      item.append(row);
      items.append(item);
    });
    container.append(items);
    return container;
  }

  /**
   * Tells the extension what is on screen (its tests read this instead of guessing).
   * @param {PreviewModel} model @param {number} renderMs
   */
  function report(model, renderMs) {
    /** @type {RenderReport['cards']} */
    const cards = [];
    for (const article of root.querySelectorAll('.card')) {
      const section = article.closest('.channel');
      const part = article.querySelector('.part');
      const text = article.querySelector('.text');
      cards.push({
        channel: section instanceof HTMLElement ? (section.dataset.channel ?? '') : '',
        ...(part ? { part: Number(String(part.textContent).split('/')[0]) } : {}),
        text: text ? shownText(text) : '',
        meter: article.querySelector('.meter-text')?.textContent ?? '',
        state: ['ok', 'warn', 'over'].find((status) => article.querySelector(`.meter--${status}`)) ?? '',
        folded: text?.classList.contains('is-folded') === true,
        problems: Array.from(article.querySelectorAll('.problem-rule'), (rule) => rule.textContent ?? ''),
      });
    }
    const renderedAt = performance.timeOrigin + performance.now();
    vscode.postMessage({ type: 'rendered', report: { uri: String(model.uri), version: model.version ?? null, cards, renderMs, renderedAt } });
  }

  /** The text of a card as a reader sees it unfolded: line breaks as "\n", without the fold marker. */
  /** @param {Element} text */
  function shownText(text) {
    let shown = '';
    for (const child of text.children) {
      if (child.classList.contains('fold') || child.classList.contains('empty')) continue;
      shown += child.tagName === 'BR' ? '\n' : (child.textContent ?? '');
    }
    return shown;
  }

  // ---------------------------------------------------------------------------------------------
  // Events.

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'render' && message.model && typeof message.model === 'object' && message.labels) render(message);
    else if (message.type === 'unavailable') render(message);
  });

  // Nothing in the preview navigates: not a link a post could smuggle in, not a middle click.
  for (const type of ['click', 'auxclick']) {
    document.addEventListener(
      type,
      (event) => {
        const target = event.target instanceof Element ? event.target.closest('a, area, form') : null;
        if (target) event.preventDefault();
      },
      true,
    );
  }
  document.addEventListener('submit', (event) => event.preventDefault(), true);
  document.addEventListener('dragstart', (event) => event.preventDefault());

  let scrollSave = 0;
  window.addEventListener(
    'scroll',
    () => {
      cancelAnimationFrame(scrollSave);
      scrollSave = requestAnimationFrame(() => saveState({ scrollY: window.scrollY }));
    },
    { passive: true },
  );

  vscode.postMessage({ type: 'ready' });
})();
