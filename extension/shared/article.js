// Finds the article in a page and lays its text out as one string for the core, with a map from
// string offsets back to DOM positions (text-position anchoring, as hypothesis/client does).
// Structural only (tags, roles, class names, visibility): every language rule lives in the Rust core.
// Long work runs in slices of a few milliseconds with the page's own tasks let in between
// (inSlices, yieldToPage: the overlay's painting uses them too). It imports nothing (see overlay.js).

// Subtrees never read: code, chrome around the article, form fields, embedded media.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'input', 'textarea',
  'select', 'option', 'button', 'iframe', 'svg', 'math', 'canvas', 'video', 'audio', 'object',
  'embed', 'dialog', 'menu', 'head', 'title', 'link', 'meta', 'picture', 'img', 'label',
]);
const SKIP_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'search', 'dialog',
  'alert', 'alertdialog', 'form', 'button', 'toolbar', 'tablist',
]);
// Class/id names of page furniture, after mozilla/readability's "unlikely candidates", in names
// split at camelCase and lower-cased. A word matches at a word's start or end: compounds are
// furniture ("sharedaddy", "relatedposts", "leftsidebar"), the stem as a verb is not ("shared",
// "subscriber", "commenting": "evolve-shared-mutable-history" holds an article).
const FURNITURE = 'banner|breadcrumbs|combx|comment|community|disqus|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|agegate|pagination|pager|popup|newsletter|share|promo|outbrain|taboola|subscribe';
const UNLIKELY = new RegExp(`-ad-|ai2html|cover-wrap|ad-break|yom-remote|byline-tools|(?<![a-z0-9])(?:${FURNITURE})(?!(?:d|ed|ing|r|rs)(?![a-z0-9]))|(?:${FURNITURE})s?(?![a-z0-9])`);
const MAYBE = /and|article|body|column|content|main|shadow/;
// Containers a class name never hides: the page says what they are.
const NAMED_KEEP = new Set(['body', 'article', 'main']);
// Inside the article, short blocks that are not its text: bylines, author bios, "posted on" lines,
// captions and credits (class/id words, as above).
const ASIDE_WORDS = /(?:byline|author|dateline|timestamp|bio|caption|credit|posted|published)s?(?![a-z0-9])/;
const ASIDE_MAX = 400; // characters: a block this long is text, whatever its name
// A block around a <time> or an author link this short is a "posted on" or "by" line.
const LINE_MAX = 150;
// Containers whose text is mostly links (two or more) are lists of other stories.
const LINK_BOX = new Set(['ul', 'ol', 'dl', 'div', 'section', 'header', 'table']);
const LINK_SHARE = 0.6;
// A root whose text is this share teasers (units of one linked headline), with this many of them,
// is a section front; in a teaser, a block this share link text is its headline and summary
// (Readability's link density).
const TEASER_SHARE = 0.8, TEASER_LINKS = 0.2, TEASERS = 6, TEASER_MAX = 1000;
// Elements whose start and end separate blocks of text ("\n\n" in the string).
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'body',
]);
const BLOCK_SEP = '\n\n';
// What a block is, by the nearest of its ancestors that says (else a paragraph): the core reads a
// blockquote as a quotation, a heading or caption as nobody's words (src/blocks.rs). A table's
// cell or code inside a blockquote is no one's speech.
const KIND_OF_TAG = new Map([
  ['blockquote', 'blockquote'], ['figcaption', 'caption'], ['caption', 'caption'], ['li', 'list_item'],
  ['td', 'paragraph'], ['th', 'paragraph'], ['pre', 'paragraph'],
  ['h1', 'heading'], ['h2', 'heading'], ['h3', 'heading'], ['h4', 'heading'], ['h5', 'heading'], ['h6', 'heading'],
]);
// Whitespace that CSS collapses (NBSP is kept: it is text, and the core knows it).
const collapsible = (c) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
// A text node holding any of these needs the char-by-char pass below.
const NEEDS_COLLAPSE = /[\n\t\r\f]| {2}/;
const ALL_COLLAPSIBLE = /^[ \n\t\r\f]+$/;

/** The class and id of `el` as lower-case words ("shareBtns" -> "share-btns"). */
function namesOf(el) {
  const names = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  return names.length > 1 ? names.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() : '';
}

/**
 * The element `el` is page furniture or not text at all: skip its whole subtree. `names`: false
 * when class and id names are not heeded (the second try of [articleSearch]).
 */
export function isSkipped(el, names = true) {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true' || el.isContentEditable) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (!names || NAMED_KEEP.has(tag) || role === 'main') return false;
  const words = namesOf(el);
  return words !== '' && UNLIKELY.test(words) && !MAYBE.test(words);
}

// What checkVisibility() is asked: no box, content-visibility, and also visibility:hidden and
// opacity:0 (text a reader cannot see must not become a claim they are shown, issue 16).
const SEEN = { visibilityProperty: true, opacityProperty: true };
// A computed colour with zero alpha ("transparent" computes to rgba(0, 0, 0, 0)).
const TRANSPARENT = /^rgba\([^)]*,\s*0(\.0*)?\)$|^transparent$/;
const NO_CLIP = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/** display:contents has no box of its own, but its children do: shown unless at opacity 0. */
const contentsShown = (el, opacityProperty) =>
  el.checkVisibility({ opacityProperty }) && el.ownerDocument.defaultView.getComputedStyle(el).display === 'contents';

/** `clip` narrowed to the page rect `r` on the axes an element's overflow clips. */
function narrow(clip, r, clipsX, clipsY) {
  if (!clipsX && !clipsY) return clip;
  return {
    left: clipsX ? Math.max(clip.left, r.left) : clip.left,
    right: clipsX ? Math.min(clip.right, r.right) : clip.right,
    top: clipsY ? Math.max(clip.top, r.top) : clip.top,
    bottom: clipsY ? Math.min(clip.bottom, r.bottom) : clip.bottom,
  };
}

/**
 * Which elements can show text to a reader, for one reading of the page. Elements are asked
 * parents first (a tree walk): each one's clip, the part of the page its overflow lets show, is
 * kept for its children.
 */
export class Sight {
  constructor(doc) {
    this.win = doc.defaultView;
    this.clips = new Map(); // element -> the rect (page coordinates) its descendants show within
    this.seen = { ...SEEN };
    // A page hidden as a whole, whose "anti-flicker" style its scripts never removed (see
    // [untilShown]), is read as if shown: hiding all of it fools no reader about a part of it.
    const body = doc.body;
    if (typeof body?.checkVisibility === 'function') {
      if (!body.checkVisibility({ visibilityProperty: true })) this.seen.visibilityProperty = false;
      if (!body.checkVisibility({ opacityProperty: true })) this.seen.opacityProperty = false;
    }
  }

  /** True when `el` may show text to a reader. */
  shows(el) {
    if (typeof el.checkVisibility !== 'function') return true;
    if (!el.checkVisibility(this.seen)) {
      if (!contentsShown(el, this.seen.opacityProperty)) return false;
      this.clips.set(el, this.#clipOf(el.parentElement));
      return true;
    }
    return !this.#hiddenBox(el);
  }

  /** The element's border box in page coordinates. */
  #pageRect(el) {
    const q = el.getBoundingClientRect();
    const x = this.win.scrollX, y = this.win.scrollY;
    return { left: q.left + x, top: q.top + y, right: q.right + x, bottom: q.bottom + y, width: q.width, height: q.height };
  }

  /**
   * Boxes that render nothing a reader can see: left of or above the page (where no scroll
   * reaches: "position:absolute; left:-9999px"), outside what a clipping ancestor shows ("height:0;
   * overflow:hidden"), of no size ("font-size:0"), clipped to nothing (the 1px "sr-only" box,
   * clip-path: inset(50%)), or with transparent text.
   */
  #hiddenBox(el) {
    const style = this.win.getComputedStyle(el);
    // Each style property read costs (0.6 us each on guardian-1's 443 elements here): those that
    // matter only for an element's own text are read for elements holding no other.
    const leaf = !el.firstElementChild;
    // Transparent or sub-pixel text hides the element's own text; children that set a colour
    // or a size of their own still show.
    if (leaf && (TRANSPARENT.test(style.color) || parseFloat(style.fontSize) < 1)) return true;
    if (style.clipPath !== 'none' && clipsAll(style.clipPath)) return true;
    const placed = style.position !== 'static';
    if (placed && style.clip !== 'auto' && /^rect\(\s*0(px)?,?\s+0(px)?,?\s+0(px)?,?\s+0(px)?\s*\)$/.test(style.clip)) return true;
    const clipsX = style.overflowX !== 'visible', clipsY = style.overflowY !== 'visible';
    // A run of text inside a block (a link, an emphasis) sits where its block does: its box is
    // measured only when positioned or clipping.
    if (style.display === 'inline' && !placed && !clipsX && !clipsY && style.textIndent === '0px') {
      this.clips.set(el, this.#clipOf(el.parentElement));
      return false;
    }
    const r = this.#pageRect(el);
    if (r.right <= 0 || r.bottom <= 0 || (r.width === 0 && r.height === 0)) return true;
    const clip = this.#clipOf(el.parentElement);
    if (r.left >= clip.right || r.right <= clip.left || r.top >= clip.bottom || r.bottom <= clip.top) return true;
    if ((r.width <= 1 && clipsX) || (r.height <= 1 && clipsY)) return true;
    // "text-indent: -9999px" moves the element's own text off the page (image replacement).
    if (leaf && parseFloat(style.textIndent) <= -999) return true;
    this.clips.set(el, narrow(clip, r, clipsX, clipsY));
    return false;
  }

  /** What `el`'s overflow lets its descendants show (its ancestors' clips too), in page coordinates. */
  #clipOf(el) {
    if (!el) return NO_CLIP;
    const known = this.clips.get(el);
    if (known) return known;
    // Not walked here (the root or above it): work it out from the element's ancestors.
    const clip = this.#clipOf(el.parentElement);
    const style = this.win.getComputedStyle(el);
    const clipsX = style.overflowX !== 'visible', clipsY = style.overflowY !== 'visible';
    // The root and <body> pass their overflow to the viewport: they clip nothing of the page.
    const out = (clipsX || clipsY) && el !== el.ownerDocument.documentElement && el !== el.ownerDocument.body
      ? narrow(clip, this.#pageRect(el), clipsX, clipsY) : clip;
    this.clips.set(el, out);
    return out;
  }
}

/**
 * Resolves once `el` is shown, or when the page is `graceMs` old: pages that keep their body at
 * opacity 0 or visibility:hidden until their scripts load ("anti-flicker" snippets give up after
 * one to four seconds) are read when the reader sees them. True when it is shown.
 */
export async function untilShown(el, { graceMs = 4000, everyMs = 100 } = {}) {
  const shown = () => typeof el.checkVisibility !== 'function' || el.checkVisibility(SEEN) || contentsShown(el, true);
  while (!shown()) {
    if (!el.isConnected || performance.now() >= graceMs) return false;
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
  return true;
}

/** A clip-path that leaves nothing: inset(50%) and more from each side, a zero circle. */
function clipsAll(path) {
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%\s*\)/.exec(path);
  if (inset) return Number(inset[1]) >= 50;
  return /^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(path);
}

/**
 * What to read of a page: the article's root; the elements whose class/id names hid the article
 * (`unhidden`: not heeded there, still heeded elsewhere); and blocks inside the root that are not
 * the article's text (`left`: other stories, bylines, captions).
 */
export class Reading {
  constructor(root, { unhidden = new Set(), left = new Set() } = {}) {
    this.root = root;
    this.unhidden = unhidden;
    this.left = left;
  }

  /** True when the subtree of `el` is not read. */
  skips(el) {
    if (this.left.has(el)) return true;
    return isSkipped(el, !this.unhidden.has(el));
  }
}

const ANY_PAGE = new Reading(null);

function skippedByAncestor(el, stop, reading) {
  for (let a = el; a && a !== stop; a = a.parentElement) if (reading.skips(a)) return true;
  return false;
}

/**
 * The element holding the article: a semantic container (<article>, articleBody, <main>) when one
 * holds most of the page's paragraph text, else the densest paragraph parent (Readability-like),
 * widened to ancestors that gather paragraph text from siblings. Falls back to <body>.
 */
export function findArticle(doc = document) {
  const search = articleSearch(doc);
  let r;
  while (!(r = search.next()).done);
  return r.value?.root ?? null;
}

/** The page's [Reading], found in slices of `budgetMs`: a page of tens of thousands of paragraphs never stalls. */
export function readArticleInSlices(doc = document, { budgetMs = 8 } = {}) {
  return inSlices(articleSearch(doc), { budgetMs });
}

// Paragraph text shorter than this is not counted: labels, buttons, one-line teasers.
const MIN_PARAGRAPH = 25;
// The root found heeding class/id names is read unless it holds less paragraph text than this,
// or less than this share of the page's (as Readability, which tries again below 500 characters).
const TOO_LITTLE = 500, TOO_LITTLE_SHARE = 0.1;
// Blocks of text under one parent that make its <div>s of text paragraphs.
const DIV_RUN = 3;
// Widening looks this many levels up (a story in sections under different ancestors), and takes
// an ancestor within the first few when it adds a quarter more, beyond them (<body> never) when
// it adds three quarters.
const WIDEN_LEVELS = 8, NEAR_LEVELS = 3;

/** The work of [findArticle]: a [Reading], or null without a body; yields every few hundred blocks. */
function* articleSearch(doc) {
  const body = doc.body;
  if (!body) return null;
  const { blocks, totals } = yield* paragraphs(body);
  let found = yield* choose(body, blocks, 1);
  const unhidden = new Set();
  // One class or id name ("sidebar" in a layout's name) can hide the whole article: try again
  // without them when too little was found, and then read past the names that hid most of it.
  if (found.text < TOO_LITTLE || found.text < TOO_LITTLE_SHARE * (totals[0] + totals[1])) {
    const loose = yield* choose(body, blocks, 2);
    if (loose.text > found.text) {
      found = loose;
      for (const [el, len] of hiders(blocks, loose.root)) if (len >= 0.5 * loose.text) unhidden.add(el);
    }
  }
  const left = yield* leftOut(found.root);
  return new Reading(found.root, { unhidden, left });
}

/** The elements that only their class/id names skip, above blocks under `root`: element -> characters. */
function hiders(blocks, root) {
  const out = new Map();
  for (const { el, len, skip } of blocks) {
    if (skip !== 1 || !root.contains(el)) continue;
    for (let a = el; a; a = a.parentElement) {
      if (isSkipped(a) && !isSkipped(a, false)) out.set(a, (out.get(a) ?? 0) + len);
    }
  }
  return out;
}

/**
 * Blocks inside `root` that are not the article's text: other stories (an <article> inside it, a
 * box of links), bylines, author bios, timestamps and captions. None when the others than other
 * stories would take half of its text, or too little would be left: then the root is not what it
 * seemed, and it is read whole.
 */
function* leftOut(root) {
  const { text, links, anchors } = yield* measure(root);
  const all = text.get(root) ?? 0;
  const left = new Set();
  let n = 0, gone = 0, stories = 0;
  const leave = (el, story = false) => {
    if (!el || el === root || left.has(el)) return;
    left.add(el);
    if (story) stories += text.get(el) ?? 0;
    else gone += text.get(el) ?? 0;
  };
  for (const el of root.querySelectorAll('*')) {
    if (++n % 256 === 0) yield;
    const t = text.get(el) ?? 0;
    if (t === 0 || skippedByAncestor(el, root, { skips: (a) => left.has(a) })) continue;
    const tag = el.localName;
    if (tag === 'article' && t < 0.25 * all) leave(el, true);
    else if (tag === 'figcaption' || (tag === 'address' && t < ASIDE_MAX)) leave(el);
    else if (LINK_BOX.has(tag) && (anchors.get(el) ?? 0) >= 2 && (links.get(el) ?? 0) > LINK_SHARE * t) leave(el);
    else if (t < ASIDE_MAX && ASIDE_WORDS.test(namesOf(el))) leave(el);
    else if (tag === 'time' || el.getAttribute('rel') === 'author') {
      const line = blockOf(el, root);
      if ((text.get(line) ?? 0) < LINE_MAX) leave(line);
    }
  }
  const front = yield* teasers(root, text, links, all);
  if (front) return front;
  return gone * 2 > all - stories || all - stories - gone < TOO_LITTLE ? new Set() : left;
}

/**
 * A page of teasers (a section front), or null: most of the root's text lies in units that each
 * hold one linked headline (<h2>-<h4> in or around a link). Such a page has no article; what a
 * reader takes in of it, as Readability keeps it, is each teaser's picture credit, kicker and
 * headline: the teaser's text blocks that are more than a fifth link (a headline with a short
 * summary and byline) are left out.
 */
function* teasers(root, text, links, all) {
  const heads = [];
  let n = 0;
  for (const h of root.querySelectorAll('h2, h3, h4')) {
    if (++n % 256 === 0) yield;
    const t = text.get(h) ?? 0;
    if (t > 0 && (h.closest('a') || (links.get(h) ?? 0) * 2 >= t)) heads.push(h);
  }
  if (heads.length < TEASERS) return null;
  const units = new Set();
  const count = new Map(); // element -> linked headlines under it
  for (const h of heads) for (let a = h.parentElement; a && a !== root; a = a.parentElement) count.set(a, (count.get(a) ?? 0) + 1);
  let inUnits = 0;
  const teased = [];
  for (const h of heads) {
    let u = h;
    while (u.parentElement !== root && count.get(u.parentElement) === 1) u = u.parentElement;
    const t = text.get(u) ?? 0;
    // A teaser is short: a linked heading over a long text is a section of an article.
    if (t > TEASER_MAX || units.has(u)) continue;
    inUnits += t;
    units.add(u);
    teased.push(h);
  }
  if (teased.length < TEASERS || inUnits < TEASER_SHARE * all) return null;
  const left = new Set();
  for (const h of teased) {
    yield;
    const block = h.closest('a')?.parentElement ?? h.parentElement;
    const t = text.get(block) ?? 0;
    if (block !== root && (links.get(block) ?? 0) > TEASER_LINKS * t) left.add(block);
  }
  return left;
}

/** Characters of text, of link text, and links, under each element of `root`. */
function* measure(root) {
  const text = new Map(), links = new Map(), anchors = new Map();
  const add = (m, el, k) => m.set(el, (m.get(el) ?? 0) + k);
  const stop = root.parentElement;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (++n % 256 === 0) yield;
    const len = t.data.trim().length;
    if (!len || SKIP_TAGS.has(t.parentElement.localName)) continue;
    let link = false;
    for (let a = t.parentElement; a && a !== stop; a = a.parentElement) {
      if (a.localName === 'a') link = true;
      add(text, a, len);
      if (link) add(links, a, len);
    }
  }
  for (const a of root.getElementsByTagName('a')) {
    if (++n % 256 === 0) yield;
    for (let e = a.parentElement; e && e !== stop; e = e.parentElement) add(anchors, e, 1);
  }
  return { text, links, anchors };
}

/**
 * The paragraph-like blocks under `body`: <p>, <pre>, <blockquote>, and a <div> of text and
 * inline elements ([divText]). Each is {el, len, skip}: skip 0 when read,
 * 1 when only class/id names hide it, 2 when never read. `totals[skip]` sums their lengths.
 */
function* paragraphs(body) {
  const verdict = new Map(); // element -> the worst skip of it and its ancestors below body
  const skipOf = (el) => {
    const chain = [];
    let v = 0;
    for (let a = el; a && a !== body; a = a.parentElement) {
      const known = verdict.get(a);
      if (known !== undefined) { v = known; break; }
      chain.push(a);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const a = chain[i];
      if (v < 2) v = isSkipped(a, false) ? 2 : Math.max(v, isSkipped(a) ? 1 : 0);
      verdict.set(a, v);
    }
    return v;
  };
  const found = [];
  let n = 0;
  for (const el of body.querySelectorAll('p, pre, blockquote, div')) {
    if (++n % 128 === 0) yield;
    const len = el.localName === 'div' ? divText(el) : el.textContent.trim().length;
    if (len >= MIN_PARAGRAPH) found.push({ el, len, skip: 0 });
  }
  // A <div> of text counts among others of text: a body written in <div>s is a run of them (each
  // may be wrapped, with empty ones between), where a lone one is a caption or a dialog's message.
  const near = new Map(); // parent or grandparent -> blocks of text under it
  const up = (el) => [el.parentElement, el.parentElement?.parentElement];
  for (const { el } of found) for (const a of up(el)) if (a) near.set(a, (near.get(a) ?? 0) + 1);
  const blocks = found.filter(({ el }) => el.localName !== 'div' || up(el).some((a) => near.get(a) >= DIV_RUN));
  const totals = [0, 0, 0];
  for (const b of blocks) {
    if (++n % 128 === 0) yield;
    b.skip = skipOf(b.el);
    totals[b.skip] += b.len;
  }
  return { blocks, totals };
}

/**
 * Characters of a <div> that is a paragraph in all but name: text and inline elements only, not
 * mostly links (a body of <div>s, or of text and <br>s). 0 for any other <div>.
 */
function divText(div) {
  for (let c = div.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.localName) || SKIP_TAGS.has(c.localName)) return 0;
  const len = div.textContent.trim().length;
  // Script text inside an inline element, and the data some pages keep in hidden <div>s, are
  // not text (a <p> is taken as shown: a page hides its data in <div>s).
  if (len < MIN_PARAGRAPH || div.querySelector('script, style, noscript, template')) return 0;
  if (typeof div.checkVisibility === 'function' && !div.checkVisibility()) return 0;
  let links = 0;
  for (const a of div.getElementsByTagName('a')) links += a.textContent.length;
  return links > len / 2 ? 0 : len;
}

/**
 * The root of the blocks whose skip is below `allow`: {root, text} (text: its paragraph
 * characters). A semantic container holding most of the text, else the block parent of the
 * highest Readability-like score, widened to the ancestors that gather more of the text.
 */
function* choose(body, blocks, allow) {
  const ptext = new Map(); // element -> paragraph characters inside it
  const score = new Map(); // element -> Readability-like score
  let total = 0;
  let n = 0;
  for (const { el, len, skip } of blocks) {
    if (++n % 256 === 0) yield;
    if (skip >= allow) continue;
    total += len;
    for (let a = el.parentElement, depth = 0; a; a = a.parentElement, depth++) {
      ptext.set(a, (ptext.get(a) ?? 0) + len);
      if (depth < 2) score.set(a, (score.get(a) ?? 0) + len / (depth + 1));
    }
  }
  const found = (root) => ({ root, text: ptext.get(root) ?? 0 });
  if (total === 0) return found(body);
  const kinds = ['article', '[itemprop~="articleBody"]', 'main, [role="main"]'];
  for (const sel of kinds) {
    let best = null;
    for (const el of body.querySelectorAll(sel)) {
      const t = ptext.get(el) ?? 0;
      if (t >= 0.6 * total && (!best || t > (ptext.get(best) ?? 0))) best = el;
    }
    if (best) return found(best);
  }
  let top = null;
  for (const [el, s] of score) if (!top || s > score.get(top)) top = el;
  // Widen while an ancestor adds a good share of paragraph text from siblings (bodies split into
  // sections or "steps", each wrapped in its own containers), never past an <article>: the page's
  // own word for where the article ends.
  widen: while (top !== body && top.localName !== 'article') {
    const here = ptext.get(top) ?? 0;
    for (let a = top.parentElement, k = 0; a && k < WIDEN_LEVELS; a = a.parentElement, k++) {
      // Beyond a few levels, only a section's ancestor that gathers nearly as much again.
      const near = k < NEAR_LEVELS;
      if ((near || a !== body) && (ptext.get(a) ?? 0) - here >= (near ? 0.25 : 0.75) * here) {
        top = a;
        continue widen;
      }
      if (a === body || a.localName === 'article') break;
    }
    break;
  }
  return found(top);
}

/**
 * Yields to the event loop without timer clamping (background tabs throttle setTimeout). A posted
 * message queues behind the page's own tasks; scheduler.yield() would not do: its continuation
 * runs before them, so a second of sliced work would still hold the page's scripts for a second.
 */
export function yieldToPage() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(0);
  });
}

/**
 * Runs the generator `job` to its end, awaiting `pause()` whenever a slice has taken more than
 * `budgetMs`. Resolves to what the generator returns.
 */
export async function inSlices(job, { budgetMs = 8, pause = yieldToPage } = {}) {
  let t = performance.now();
  for (;;) {
    const r = job.next();
    if (r.done) return r.value;
    if (performance.now() - t > budgetMs) {
      await pause();
      t = performance.now();
    }
  }
}

/**
 * Reads the visible text under `roots` into one string: blocks joined by "\n\n", whitespace runs
 * collapsed as CSS does. Returns a TextMap. `known` (a Set) lists text nodes read before: they are
 * skipped, so text added later is read alone. `reading` (a [Reading]) says what of the page is not read. Works in slices of `budgetMs` so the page never stalls.
 */
export async function collectText(roots, { known = null, budgetMs = 8, reading = ANY_PAGE } = {}) {
  const map = new TextMap();
  let pendingSep;
  let lastSpace = true; // at a block start, leading whitespace is dropped
  let lastBlock = null;
  let lastParent = null; // the parent of the text node before, and its block
  let block = null;
  let sliceStart = performance.now();
  let counter = 0;
  const sight = roots.length ? new Sight(roots[0].ownerDocument) : null;
  for (const root of roots) {
    if (!root.isConnected) continue;
    // A text node added alone (typing into an empty editable element) is judged by its parent.
    const el = root.nodeType === Node.TEXT_NODE ? root.parentElement : root;
    if (!el || skippedByAncestor(el, null, reading) || !sight.shows(el)) continue;
    pendingSep = map.length > 0;
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(n) {
        if (n.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        if (n.localName === 'br') return NodeFilter.FILTER_ACCEPT;
        return reading.skips(n) || !sight.shows(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let n = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode(); n; n = walker.nextNode()) {
      if (++counter % 128 === 0 && performance.now() - sliceStart > budgetMs) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      if (n.nodeType !== Node.TEXT_NODE) { // <br>
        pendingSep = map.length > 0;
        continue;
      }
      if (known?.has(n)) { pendingSep = map.length > 0; continue; }
      if (n.parentElement !== lastParent) {
        lastParent = n.parentElement;
        block = blockOf(n, root);
      }
      if (block !== lastBlock) {
        if (map.length > 0) pendingSep = true;
        lastBlock = block;
        map.kind = block ? kindOf(block, root) : 'paragraph';
      }
      const data = n.data;
      // Most text nodes need no collapsing: no tab, line break or double space, and no space to
      // drop at the start. Taken whole, they cost no per-char string building (nor its garbage).
      if (data.length && !NEEDS_COLLAPSE.test(data) && !(data.charCodeAt(0) === 32 && (lastSpace || pendingSep))) {
        if (pendingSep) {
          map.separate(BLOCK_SEP);
          pendingSep = false;
        }
        map.push(n, data, null);
        lastSpace = data.charCodeAt(data.length - 1) === 32;
        continue;
      }
      // Whitespace alone (the markup's line breaks and indents between elements, half of a
      // page's text nodes): nothing, or one space, as the pass below gives.
      if (ALL_COLLAPSIBLE.test(data)) {
        if (!lastSpace && !pendingSep) {
          map.push(n, ' ', data.length > 1 ? [0] : null);
          lastSpace = true;
        } else if (pendingSep) lastSpace = true;
        continue;
      }
      let out = '';
      let idx = null; // node offsets of each emitted char, only when some were dropped
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (collapsible(data.charCodeAt(i))) {
          if (lastSpace || pendingSep) { idx ??= identity(i); continue; }
          out += ' ';
          lastSpace = true;
        } else {
          if (pendingSep) {
            map.separate(BLOCK_SEP);
            pendingSep = false;
          }
          out += ch;
          lastSpace = false;
        }
        if (idx) idx.push(i);
      }
      if (out.length) map.push(n, out, idx);
      // A block ends with a separator before the next one; its trailing space stays harmless.
      if (pendingSep) lastSpace = true;
    }
    lastSpace = true;
    lastBlock = null;
  }
  return map;
}

function identity(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
  return a;
}

/** The kind of the block `block` (an element under `root`, or `root`): see KIND_OF_TAG. */
function kindOf(block, root) {
  for (let a = block; a; a = a.parentElement) {
    const kind = KIND_OF_TAG.get(a.localName) ?? (a.getAttribute('role') === 'heading' ? 'heading' : undefined);
    if (kind) return kind;
    if (a === root) break;
  }
  return 'paragraph';
}

function blockOf(node, root) {
  for (let a = node.parentElement; a; a = a.parentElement) {
    if (BLOCK_TAGS.has(a.localName) || a === root) return a;
  }
  return null;
}

/**
 * The string read from the page and where each of its characters came from. The string is kept
 * in pieces while it is built: a page of megabytes is read without copying what was read so far.
 */
export class TextMap {
  constructor() {
    this.pieces = [];
    this.length = 0;
    // {node, start, end, idx, base} sorted by start; char start+i is at node offset idx[i], or
    // base+i when no char of the node was dropped.
    this.entries = [];
    // {start, end, kind}: the blocks of the string, in order; text pushed after a separator opens
    // one of the kind set last (collectText sets it at each block element).
    this.blocks = [];
    this.kind = 'paragraph';
    this.open = false;
  }

  /**
   * The blocks for the core ([{start, end, kind}], analyzer.js), or undefined when every one is
   * a paragraph or a list item: the core reads those as plain text, and is spared the list.
   */
  get blockKinds() {
    return this.blocks.some((b) => b.kind !== 'paragraph' && b.kind !== 'list_item') ? this.blocks : undefined;
  }

  /** The whole string (joined once, when first asked for). */
  get text() {
    if (this.pieces.length > 1) this.pieces = [this.pieces.join('')];
    return this.pieces[0] ?? '';
  }

  push(node, out, idx) {
    const start = this.length;
    this.pieces.push(out);
    this.length += out.length;
    this.entries.push({ node, start, end: this.length, idx, base: 0 });
    if (this.open) this.blocks[this.blocks.length - 1].end = this.length;
    else if (out.length) {
      this.blocks.push({ start, end: this.length, kind: this.kind });
      this.open = true;
    }
  }

  /** Ends the current block: drops a trailing collapsed space, then adds the separator. */
  separate(sep) {
    const last = this.pieces.length - 1;
    if (last >= 0 && this.pieces[last].endsWith(' ')) {
      this.pieces[last] = this.pieces[last].slice(0, -1);
      this.length--;
      const e = this.entries[this.entries.length - 1];
      if (e && e.end > this.length) {
        e.end = this.length;
        if (e.end <= e.start) this.entries.pop();
      }
      const b = this.blocks[this.blocks.length - 1];
      if (b && b.end > this.length) {
        b.end = this.length;
        if (b.end <= b.start) this.blocks.pop();
      }
    }
    this.open = false;
    this.pieces.push(sep);
    this.length += sep.length;
  }

  get nodes() {
    return this.entries.map((e) => e.node);
  }

  // Index of the entry holding char `pos`, or of the first entry after it (when pos is in a separator).
  find(pos) {
    let lo = 0, hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  static nodeOffset(entry, pos) {
    const i = pos - entry.start;
    return entry.idx ? entry.idx[i] : entry.base + i;
  }

  /** The text nodes that chars [start, end) come from. */
  nodesIn(start, end) {
    const out = [];
    for (let i = this.find(start); i < this.entries.length && this.entries[i].start < end; i++) out.push(this.entries[i].node);
    return out;
  }

  /** A DOM Range for the string span [start, end), or null when it covers no page text. */
  range(start, end) {
    if (!(end > start)) return null;
    const i = this.find(start);
    const j = this.find(end - 1);
    const first = this.entries[i];
    let last = this.entries[j];
    let lastPos = end - 1;
    if (!first) return null;
    // The end char may sit in a separator: end at the previous node's last char instead.
    if (!last || last.start > end - 1) {
      last = this.entries[j - 1];
      if (!last) return null;
      lastPos = last.end - 1;
    }
    const s = Math.max(start, first.start);
    if (s > lastPos) return null;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, TextMap.nodeOffset(first, s));
    range.setEnd(last.node, TextMap.nodeOffset(last, lastPos) + 1);
    return range;
  }

  /**
   * The map cut into maps of at most `max` chars, each analysed on its own: cut between blocks
   * where one ends in the second half of the window, else after a space, else anywhere but inside
   * a surrogate pair. A statement that crosses a cut is lost; a cut only happens on texts far
   * longer than any article.
   */
  split(max) {
    const text = this.text;
    if (text.length <= max) return [this];
    const out = [];
    let from = 0;
    while (from < text.length) {
      let to = Math.min(from + max, text.length);
      let next = to;
      if (to < text.length) {
        const sep = text.lastIndexOf(BLOCK_SEP, to - BLOCK_SEP.length);
        const space = text.lastIndexOf(' ', to - 1);
        if (sep > from + max / 2) {
          to = sep;
          next = sep + BLOCK_SEP.length;
        } else if (space > from + max / 2) {
          to = next = space + 1;
        } else if ((text.charCodeAt(to - 1) & 0xfc00) === 0xd800) {
          to = next = to - 1;
        }
      }
      out.push(this.#sub(text, from, to));
      from = next;
    }
    return out;
  }

  #sub(text, from, to) {
    const m = new TextMap();
    m.pieces = [text.slice(from, to)];
    m.length = to - from;
    for (let i = this.find(from); i < this.entries.length && this.entries[i].start < to; i++) {
      const e = this.entries[i];
      const s = Math.max(e.start, from), t = Math.min(e.end, to);
      m.entries.push({
        node: e.node, start: s - from, end: t - from,
        idx: e.idx ? e.idx.slice(s - e.start, t - e.start) : null,
        base: e.idx ? 0 : e.base + (s - e.start),
      });
    }
    // The blocks are in order: the first that ends after `from`, found by halves, and those after it.
    let lo = 0, hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid].end <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.blocks.length && this.blocks[i].start < to; i++) {
      const b = this.blocks[i];
      m.blocks.push({ start: Math.max(b.start, from) - from, end: Math.min(b.end, to) - from, kind: b.kind });
    }
    return m;
  }
}
