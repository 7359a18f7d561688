// Broadsheet reader: a hash-routed page over the indexer's JSON API (no build step, no library).
// Routes: #/ and #/search?q=&site=...&limit= (results), #/article/{id}, #/story/{id}. Everything the API
// returns is inserted as text, except the search snippet, whose <mark> elements (and only those)
// are kept: see snippetNodes().
(function () {
  'use strict';

  const FILTERS = ['q', 'site', 'section', 'language', 'from', 'to', 'sort'];
  const PAGE_SIZE = 20;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
    'Dec'];

  const $ = (id) => document.getElementById(id);
  const views = { search: $('search-view'), article: $('article-view'), story: $('story-view') };

  // What the search view shows: its query, the groups (one per story) on the page, and a token
  // that makes answers to a superseded navigation harmless.
  const state = {
    params: new URLSearchParams(),
    next: null,
    groups: new Map(),
    shownIds: new Set(),
    pendingNew: 0,
    articleId: null,
    lastSearchHash: '#/',
    token: 0,
  };

  // ---- HTTP ----------------------------------------------------------------------------------

  /** An API refusal, carrying the problem's detail as its message. */
  class ProblemError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function getJson(path) {
    let res;
    try {
      res = await fetch(path, { headers: { Accept: 'application/json, application/problem+json' } });
    } catch (e) {
      throw new ProblemError('The indexer could not be reached. Is it running?', 0);
    }
    if (!res.ok) {
      let detail = null;
      try {
        const problem = await res.json();
        // `error` is what servers before problem+json sent; `detail` is the RFC 9457 field.
        detail = problem.detail || problem.error || problem.title || null;
      } catch (e) {
        // Not JSON (a proxy's page, say): fall back to the status line below.
      }
      throw new ProblemError(detail || `The indexer answered ${res.status} ${res.statusText}`.trim(),
        res.status);
    }
    return res.json();
  }

  function showError(err) {
    const box = $('error');
    box.textContent = err instanceof ProblemError ? err.message : `Something went wrong: ${err}`;
    box.hidden = false;
  }

  function clearError() {
    $('error').hidden = true;
    $('error').textContent = '';
  }

  // ---- small DOM helpers -----------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  /**
   * The snippet's nodes: text, and <mark> elements holding text. The API escapes the text and adds
   * only <mark>; rebuilding from the parsed tree means nothing else (attributes, other elements)
   * can reach the page even if that promise were broken.
   */
  function snippetNodes(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const out = [];
    for (const node of template.content.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'MARK') {
        out.push(el('mark', {}, node.textContent));
      } else {
        out.push(document.createTextNode(node.textContent));
      }
    }
    return out;
  }

  /**
   * An ISO-8601 time shown at the offset it was stated with, e.g. "1 May 2024, 10:15 UTC+02:00":
   * the publisher's clock, not the reader's, so that it matches what the site printed.
   */
  function formatTime(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
      .exec(iso || '');
    if (!m) return iso || '';
    const offset = m[6] === 'Z' ? 'UTC' : `UTC${m[6]}`;
    return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}, ${m[4]}:${m[5]} ${offset}`;
  }

  function timeEl(iso, cls) {
    return iso ? el('time', { datetime: iso, class: cls }, formatTime(iso)) : null;
  }

  function siteLabel(a) {
    return a.site_name || a.site || hostOf(a.canonical_url);
  }

  function hostOf(url) {
    try {
      return new URL(url).host;
    } catch (e) {
      return url || '';
    }
  }

  function announce(text) {
    $('announcer').textContent = text;
  }

  function showView(name) {
    for (const [key, node] of Object.entries(views)) node.hidden = key !== name;
  }

  // ---- search view -----------------------------------------------------------------------------

  function fillForm(params) {
    for (const name of FILTERS) {
      const field = $(name);
      field.value = params.get(name) || (name === 'sort' ? 'time' : '');
    }
    syncSortChoice();
  }

  // Relevance only means something with a query: the option is offered only then.
  function syncSortChoice() {
    const hasQuery = $('q').value.trim() !== '';
    const relevance = $('sort').querySelector('option[value="relevance"]');
    relevance.disabled = !hasQuery;
    if (!hasQuery && $('sort').value === 'relevance') $('sort').value = 'time';
  }

  function formParams() {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const value = $(name).value.trim();
      if (value && !(name === 'sort' && value === 'time')) params.set(name, value);
    }
    return params;
  }

  // Any parameter but the order and the page size narrows the list (topic= and author= too,
  // which the form does not offer but topic links and hand-written addresses use).
  function isFiltered(params) {
    return [...params.keys()].some((name) => name !== 'sort' && name !== 'limit' && params.get(name));
  }

  async function renderSearch(params) {
    const token = ++state.token;
    state.params = params;
    state.next = null;
    state.groups.clear();
    state.shownIds.clear();
    state.pendingNew = 0;
    state.articleId = null;
    state.lastSearchHash = location.hash || '#/';
    $('new-arrivals').hidden = true;
    fillForm(params);
    $('search-heading').textContent = params.get('q')
      ? `Articles matching “${params.get('q')}”`
      : isFiltered(params) ? 'Articles' : 'Latest articles';
    $('results').replaceChildren();
    $('more').hidden = true;
    $('summary').textContent = 'Loading…';
    $('results').setAttribute('aria-busy', 'true');
    showView('search');
    await loadPage(token);
  }

  async function loadPage(token) {
    $('more').disabled = true;
    const query = new URLSearchParams(state.params);
    // A `limit` in the address (#/search?limit=5) sets the page size; it is not a filter.
    if (!query.has('limit')) query.set('limit', String(PAGE_SIZE));
    if (state.next) query.set('cursor', state.next);
    try {
      const page = await getJson(`/articles?${query}`);
      if (token !== state.token) return;
      clearError();
      for (const article of page.items) placeArticle(article, false);
      state.next = page.next || null;
      $('more').hidden = !state.next;
      $('summary').textContent = summaryText();
    } catch (err) {
      if (token !== state.token) return;
      $('summary').textContent = '';
      showError(err);
    } finally {
      if (token === state.token) {
        $('results').removeAttribute('aria-busy');
        $('more').disabled = false;
      }
    }
  }

  function summaryText() {
    const articles = state.shownIds.size;
    const stories = state.groups.size;
    if (articles === 0) return 'No articles match.';
    const more = state.next ? '; more below' : '';
    const storyPart = stories === articles ? '' : ` in ${stories} stor${stories === 1 ? 'y' : 'ies'}`;
    return `${articles} article${articles === 1 ? '' : 's'}${storyPart}${more}.`;
  }

  /**
   * Puts an article on the results list: a new story becomes a new entry (at the end when paging,
   * at the top when it arrives live); another copy of a story already shown joins that entry's
   * "also at" line instead of repeating the story.
   */
  function placeArticle(article, live) {
    const storyKey = article.story_id || article.id;
    const existing = document.querySelector(`#results [data-article-id="${cssEscape(article.id)}"]`);
    if (existing) {
      if (live) refreshCard(existing, article);
      return;
    }
    state.shownIds.add(article.id);
    const group = state.groups.get(storyKey);
    if (group) {
      addCopy(group, article);
      if (live) {
        markLive(group.item, 'New copy');
        $('results').prepend(group.item);
      }
      return;
    }
    const item = storyItem(article);
    state.groups.set(storyKey, item);
    if (live) {
      markLive(item.item, 'New');
      $('results').prepend(item.item);
    } else {
      $('results').append(item.item);
    }
  }

  function storyItem(article) {
    const copies = el('p', { class: 'copies', hidden: true }, 'Also at ');
    const card = articleCard(article);
    const item = el('li', { class: 'story', 'data-story-id': article.story_id || article.id },
      card, copies);
    return { item, copies, count: 0 };
  }

  function articleCard(article) {
    const meta = el('p', { class: 'meta' },
      el('span', { class: 'site' }, siteLabel(article)));
    const published = timeEl(article.published, 'published');
    if (published) meta.append(' · ', published);
    if (article.section) meta.append(' · ', el('span', { class: 'section' }, article.section));
    const card = el('article', { class: 'card', 'data-article-id': article.id },
      el('h2', { class: 'card-title' },
        el('a', { href: `#/article/${encodeURIComponent(article.id)}` }, article.title)),
      meta);
    if (article.snippet) {
      card.append(el('p', { class: 'snippet' }, ...snippetNodes(article.snippet)));
    } else if (article.subtitle) {
      card.append(el('p', { class: 'standfirst' }, article.subtitle));
    }
    if (article.paywalled) card.append(el('p', { class: 'paywalled' }, 'Subscribers only'));
    return card;
  }

  function addCopy(group, article) {
    const link = el('a', { href: `#/article/${encodeURIComponent(article.id)}`,
      'data-article-id': article.id, title: article.title }, siteLabel(article));
    if (group.count > 0) group.copies.append(', ');
    group.copies.append(link);
    group.copies.hidden = false;
    group.count += 1;
  }

  function refreshCard(node, article) {
    if (node.classList.contains('card')) {
      const fresh = articleCard(article);
      node.replaceWith(fresh);
      markLive(fresh.closest('.story'), 'Updated');
    } else {
      node.textContent = siteLabel(article);
      markLive(node.closest('.story'), 'Updated');
    }
  }

  function markLive(item, label) {
    item.classList.add('is-live');
    item.querySelector('.live-marker')?.remove();
    item.prepend(el('span', { class: 'live-marker' }, label));
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/"/g, '\\"');
  }

  // ---- article view ----------------------------------------------------------------------------

  async function renderArticle(id) {
    const token = ++state.token;
    state.articleId = id;
    const view = views.article;
    view.replaceChildren(el('p', { class: 'summary' }, 'Loading…'));
    showView('article');
    try {
      const article = await getJson(`/articles/${encodeURIComponent(id)}`);
      if (token !== state.token) return;
      clearError();
      view.replaceChildren(...articleParts(article));
      document.title = `${article.title} · Broadsheet`;
      view.querySelector('h1').focus();
      if (article.story && article.story.size > 1) loadStoryCopies(article, token);
    } catch (err) {
      if (token !== state.token) return;
      view.replaceChildren(backLink());
      showError(err);
    }
  }

  function articleParts(a) {
    const parts = [backLink()];
    if (a.section) parts.push(el('p', { class: 'kicker' }, a.section));
    parts.push(el('h1', { tabindex: '-1' }, a.title));
    if (a.subtitle) parts.push(el('p', { class: 'standfirst' }, a.subtitle));
    if (a.authors && a.authors.length) {
      parts.push(el('p', { class: 'byline' }, `By ${joinNames(a.authors)}`));
    }
    parts.push(facts(a));
    if (a.lead_image && a.lead_image.url) parts.push(leadImage(a.lead_image));
    parts.push(bodyBlocks(a));
    if (a.versions && a.versions.length) parts.push(versionList(a.versions));
    if (a.story) parts.push(el('section', { class: 'story-copies', id: 'story-copies' }));
    return parts;
  }

  function facts(a) {
    const dl = el('dl', { class: 'facts' });
    const row = (term, ...value) => {
      if (value.every((v) => v === null || v === undefined || v === '')) return;
      dl.append(el('dt', {}, term), el('dd', {}, ...value));
    };
    row('Published', timeEl(a.published, 'published'));
    row('Updated', timeEl(a.updated, 'updated'));
    row('Site', siteLabel(a));
    row('Section', a.section);
    if (a.topics && a.topics.length) {
      row('Topics', el('ul', { class: 'topics' }, ...a.topics.map((t) => el('li', {},
        el('a', { href: `#/search?${new URLSearchParams({ topic: t })}` }, t)))));
    }
    if (a.credit && a.credit.length) row('Credit', a.credit.join(', '));
    row('Language', a.language);
    if (a.word_count) row('Length', `${a.word_count} words`);
    if (a.paywalled) row('Access', 'Subscribers only');
    row('Original', el('a', { href: a.canonical_url, rel: 'noopener noreferrer' },
      a.canonical_url));
    return dl;
  }

  function leadImage(image) {
    const img = el('img', { src: image.url, alt: image.caption || '', loading: 'lazy',
      referrerpolicy: 'no-referrer' });
    // A picture the reader cannot load should not leave a broken frame; the caption stays.
    img.addEventListener('error', () => { img.hidden = true; });
    const caption = image.caption || image.credit
      ? el('figcaption', {}, image.caption || '',
        image.credit ? el('span', { class: 'credit' }, ` ${image.credit}`) : null)
      : null;
    return el('figure', { class: 'lead-image' }, img, caption);
  }

  /** Body blocks in order; consecutive list items share one list. */
  function bodyBlocks(a) {
    const body = el('div', { class: 'body' });
    const blocks = a.body || [];
    let list = null;
    for (const block of blocks) {
      if (block.kind === 'list-item') {
        if (!list) body.append(list = el('ul'));
        list.append(el('li', {}, block.text));
        continue;
      }
      list = null;
      if (block.kind === 'heading') body.append(el('h2', {}, block.text));
      else if (block.kind === 'quote') body.append(el('blockquote', {}, el('p', {}, block.text)));
      else body.append(el('p', {}, block.text));
    }
    if (!blocks.length && a.body_text) {
      for (const para of a.body_text.split(/\n{2,}/)) body.append(el('p', {}, para));
    }
    return body;
  }

  function versionList(versions) {
    const list = el('ol', { class: 'versions' });
    versions.forEach((v, i) => {
      const current = i === versions.length - 1;
      const changed = v.changed && v.changed.length ? `changed: ${v.changed.join(', ')}` : 'first seen';
      list.append(el('li', { class: current ? 'current' : null },
        el('strong', {}, `Version ${v.version}${current ? ' (current)' : ''}`), ' · ',
        timeEl(v.extracted_at), ' · ', el('span', { class: 'changed' }, changed),
        el('br'), el('span', { class: 'version-title' }, v.title)));
    });
    return el('section', { class: 'versions-section', 'aria-labelledby': 'versions-heading' },
      el('h2', { id: 'versions-heading' }, 'Versions'), list);
  }

  async function loadStoryCopies(article, token) {
    const box = $('story-copies');
    const storyLink = el('a', { href: `#/story/${encodeURIComponent(article.story.id)}` },
      `All ${article.story.size} copies of this story`);
    box.replaceChildren(el('h2', {}, 'Same story elsewhere'), el('p', {}, storyLink));
    try {
      const story = await getJson(`/stories/${encodeURIComponent(article.story.id)}`);
      if (token !== state.token) return;
      const others = story.articles.filter((a) => a.id !== article.id);
      box.insertBefore(el('ul', { class: 'copy-list' }, ...others.map(copyItem)), box.lastChild);
    } catch (err) {
      // The link still leads to the story page, which shows the error if it persists.
    }
  }

  function copyItem(a) {
    return el('li', {}, el('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title),
      ' · ', el('span', { class: 'site' }, siteLabel(a)),
      a.published ? ' · ' : null, timeEl(a.published));
  }

  function backLink() {
    return el('p', { class: 'back' }, el('a', { href: state.lastSearchHash }, '← Back to articles'));
  }

  function joinNames(names) {
    return names.length < 2 ? names.join('')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }

  // ---- story view ------------------------------------------------------------------------------

  async function renderStory(id) {
    const token = ++state.token;
    state.articleId = null;
    const view = views.story;
    view.replaceChildren(el('p', { class: 'summary' }, 'Loading…'));
    showView('story');
    try {
      const story = await getJson(`/stories/${encodeURIComponent(id)}`);
      if (token !== state.token) return;
      clearError();
      const heading = el('h1', { tabindex: '-1' },
        story.articles.length ? story.articles[0].title : 'Story');
      view.replaceChildren(backLink(), heading,
        el('p', { class: 'summary' }, `${story.size} cop${story.size === 1 ? 'y' : 'ies'}, `,
          'first seen ', timeEl(story.first_seen)),
        el('ul', { class: 'copy-list' }, ...story.articles.map(copyItem)));
      heading.focus();
    } catch (err) {
      if (token !== state.token) return;
      view.replaceChildren(backLink());
      showError(err);
    }
  }

  // ---- live updates ----------------------------------------------------------------------------

  function connectStream() {
    if (!window.EventSource) {
      setLive('off', 'Live updates: not supported by this browser');
      return;
    }
    const source = new EventSource('/articles/stream');
    source.addEventListener('open', () => setLive('on', 'Live updates: on'));
    source.addEventListener('error', () => {
      // The browser retries by itself unless the server refused the stream outright.
      if (source.readyState === EventSource.CLOSED) setLive('off', 'Live updates: unavailable');
      else setLive('connecting', 'Live updates: reconnecting…');
    });
    source.addEventListener('article', (event) => {
      let article;
      try {
        article = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      onLiveArticle(article);
    });
  }

  function setLive(stateName, text) {
    const status = $('live-status');
    status.dataset.state = stateName;
    status.textContent = text;
  }

  function onLiveArticle(article) {
    if (!views.search.hidden) {
      // An unfiltered list is "everything, newest first": a new article belongs at its top. A
      // filtered one may or may not include it, which only the server can say: offer a refresh.
      const shown = state.shownIds.has(article.id);
      if (!shown && article.version > 1) {
        // A new version of an article further down the list than the reader has loaded: putting
        // it on top would break the newest-first order, and it is not news.
        return;
      }
      if (!isFiltered(state.params) || shown) {
        placeArticle(article, true);
        $('summary').textContent = summaryText();
        announce(`${shown ? 'Updated' : 'New article'}: ${article.title}`);
      } else {
        state.pendingNew += 1;
        $('new-arrivals-text').textContent =
          `${state.pendingNew} new article${state.pendingNew === 1 ? ' has' : 's have'} arrived.`;
        $('new-arrivals').hidden = false;
      }
    } else if (!views.article.hidden && article.id === state.articleId) {
      const notice = el('p', { class: 'new-arrivals', role: 'status' },
        'This article has just been updated. ',
        el('button', { type: 'button', class: 'reload-article' }, 'Show the new version'));
      notice.querySelector('button').addEventListener('click', () => renderArticle(article.id));
      views.article.querySelector('.new-arrivals')?.remove();
      views.article.prepend(notice);
    }
  }

  // ---- routing ---------------------------------------------------------------------------------

  function route() {
    const hash = location.hash || '#/';
    const article = /^#\/article\/(.+)$/.exec(hash);
    const story = /^#\/story\/(.+)$/.exec(hash);
    clearError();
    if (article) return renderArticle(decodeURIComponent(article[1]));
    if (story) return renderStory(decodeURIComponent(story[1]));
    document.title = 'Broadsheet';
    const query = hash.startsWith('#/search?') ? hash.slice('#/search?'.length) : '';
    return renderSearch(new URLSearchParams(query));
  }

  function navigate(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const params = formParams();
    navigate(params.toString() ? `#/search?${params}` : '#/');
  });
  $('clear').addEventListener('click', () => navigate('#/'));
  $('q').addEventListener('input', syncSortChoice);
  $('more').addEventListener('click', () => loadPage(state.token));
  $('show-new').addEventListener('click', () => route());
  window.addEventListener('hashchange', route);

  route();
  connectStream();
})();
