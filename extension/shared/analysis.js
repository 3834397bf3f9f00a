// The core's analysis as the UI reads it: its shape, the words the UI names it with, which party
// each statement belongs to, and the one helper every page of ours builds its elements with.
// Shared by the overlay, the popup, the background's badge title and the www/ demo page; it knows
// nothing about extension APIs. Page text only ever reaches the UI through textContent.

/**
 * What the core's `analyze` returns (src/wasm.rs; offsets are UTF-16, into the text analysed).
 * @typedef {{text: string, mention?: [number, number], name?: string|null, party?: string|null,
 *   anonymous?: boolean}} Speaker
 * @typedef {{id: number, kind: 'direct'|'mixed'|'indirect', content: [number, number],
 *   parts?: [number, number][], cue?: [number, number], cue_text?: string|null, cue_class?: 'speech'|'belief'|'evidence',
 *   speaker?: Speaker|null, claim?: number,
 *   stance: 'asserts'|'disputes', disputes?: number[], why?: string|null}} Statement
 * @typedef {{name: string, members?: string[], statements?: number[]}} Party
 * @typedef {{statements: Statement[], parties?: Party[]}} Analysis
 */

/**
 * The stretch of text a statement is painted over: its first part to its last. `content` may be
 * only the longest part, when a long "said X, director of …" stands between the parts.
 */
export function extentOf(statement) {
  const parts = statement.parts;
  return parts?.length ? [parts[0][0], parts[parts.length - 1][1]] : statement.content;
}

/** The analysis of a text with nothing in it. */
export const empty = () => ({ statements: [], parties: [] });

/** How a statement is worded, as the tooltip says it. */
export const KIND_LABEL = {
  direct: 'direct quote',
  mixed: 'partly quoted',
  indirect: 'reported speech (not a direct quote)',
};
/** What a cue reports (the core's `cue_class`), in the order the popup's switches list them. */
export const CUE_CLASSES = ['speech', 'belief', 'evidence'];
/** How the tooltip says what the cue reports: a belief reads "believes", not "said". */
export const CUE_CLASS_VERB = { speech: 'said', belief: 'believes', evidence: 'found' };
/** The popup's name for each class's switch. */
export const CUE_CLASS_NAME = { speech: 'What was said', belief: 'Beliefs and intentions', evidence: 'Findings (polls, studies, data)' };

/** A statement's cue class; an analysis from before the field reads as speech. */
export const cueClassOf = (statement) => (Object.hasOwn(CUE_CLASS_VERB, statement.cue_class ?? '') ? statement.cue_class : 'speech');

/** How the tooltip says a statement is worded: a belief or a finding reported is not "reported speech". */
export function kindLabel(statement) {
  if (statement.kind === 'indirect' && cueClassOf(statement) !== 'speech') return 'reported (not a direct quote)';
  return KIND_LABEL[statement.kind] ?? statement.kind;
}

/** The stance classes (see [classify]), as the tooltip and the demo's list say them. */
export const CLASS_LABEL = { asserted: 'claim', disputed: 'disputed claim', disputing: 'disputes a claim' };

/** For each statement id, the ids of the statements that dispute it. */
export function disputedByIndex(analysis) {
  const disputedBy = new Map();
  for (const s of analysis.statements) {
    for (const d of s.disputes ?? []) {
      if (!disputedBy.has(d)) disputedBy.set(d, []);
      disputedBy.get(d).push(s.id);
    }
  }
  return disputedBy;
}

/** The stance class a statement is painted with (`disputedBy`: see [disputedByIndex]). */
export function classify(statement, disputedBy) {
  return stanceClass(statement, statement.disputes?.length, disputedBy.get(statement.id)?.length);
}

/** The class of a statement that disputes `disputes` statements and is disputed by `disputedBy`. */
export function stanceClass(statement, disputes, disputedBy) {
  if (statement.stance === 'disputes' || disputes) return 'disputing';
  return disputedBy ? 'disputed' : 'asserted';
}

/** How the tooltip and the popup name a speaker. */
export function speakerLabel(speaker) {
  if (!speaker) return 'Unattributed';
  const who = speaker.name || speaker.text;
  if (speaker.anonymous) return who ? `Anonymous source (${who})` : 'Anonymous source';
  return who || 'Unattributed';
}

/** The group a statement is listed under when the analysis puts it in no party. */
export function partyOf(s) {
  const sp = s.speaker;
  return sp?.party || (sp?.anonymous ? 'Anonymous source' : sp?.name || sp?.text) || 'Unattributed';
}

/**
 * Which party a statement belongs to, by id: the analysis's party that lists it, else [partyOf];
 * null for an id the analysis does not hold. The overlay, its tooltip, the popup and the demo's
 * claim map all group by this.
 */
export function partyIndex(analysis) {
  const named = new Map();
  for (const p of analysis.parties ?? []) for (const id of p.statements ?? []) named.set(id, p.name);
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  return (id) => named.get(id) ?? (byId.has(id) ? partyOf(byId.get(id)) : null);
}

/** The start of `text`, white space folded, at most `max` characters (a long one is not scanned whole). */
export function excerpt(text, max = 160) {
  const t = text.slice(0, 2 * max + 40).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "1 statement", "2 statements". */
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A new element `tag` holding `children` (nodes or strings, which become text). `attrs`: a class
 * name, or an object whose `text` is the text content, `class` the class name, `data-*`, `aria-*`
 * and `role` attributes, and any other key a property. Never parses HTML.
 */
export function el(tag, attrs = null, ...children) {
  const e = document.createElement(tag);
  if (typeof attrs === 'string') {
    if (attrs) e.className = attrs;
  } else {
    for (const [k, v] of Object.entries(attrs ?? {})) {
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role') e.setAttribute(k, v);
      else e[k] = v;
    }
  }
  e.append(...children);
  return e;
}

/**
 * Page words in their own <bdi>: a right-to-left mark inside a quotation ("\u202e") cannot reorder
 * the words around it.
 */
export const iso = (text, cls = null) => el('bdi', cls, text);
