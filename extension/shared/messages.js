// Every message between the extension's contexts, in one place: its name, its fields and its reply.
// Each is a plain object {type, ...fields}. A context answers only the names listed for it here,
// and only from this extension (the background checks the sender's id; tabs.sendMessage reaches a
// content script only from its own extension).

/**
 * To the background, from a tab's content script (runtime.sendMessage). The background answers
 * for the sender's own tab and page, never one a message names.
 */
export const BACKGROUND = Object.freeze({
  /**
   * {text, blocks?} → {analysis} | {error, trapped?: true} (trapped: the core failed and was
   * restarted). blocks: [{start, end, kind}] as article.js TextMap.blockKinds gives them.
   */
  analyze: 'analyze',
  /**
   * {} → {names, choice, hidden}: a new copy's first message, sent by content.js as it starts
   * (written out there: a classic script cannot import this module). `names`: the highlight
   * names drawn for it (by class, as paint.js NAMES); `choice` as [choice] answers; `hidden`: the
   * cue classes the reader switched off (settings.js). One trip for the three, all needed before
   * the first paint.
   */
  begin: 'begin',
  /**
   * {names, scope} → {} | {error}: the highlight styles for `names`, scoped to `scope` (paint.js
   * styleScope; null: universal), are now in the sender's frame.
   */
  styles: 'styles',
  /** {} → {choice: 'always' | 'never' | 'ask'}: the reader's choice for the sender's site (settings.js). */
  choice: 'choice',
  /** {on, count, error} → {}: the toolbar badge and title of the sender's tab say so. */
  status: 'status',
});

/**
 * To a tab's content script, from the popup or the background (tabs.sendMessage). The background
 * sends [classes] to every tab when the switches change.
 */
export const TAB = Object.freeze({
  /** {force?} → Status: highlights off when on, else on unless the site is set to "never" (force: on anyway). */
  toggle: 'toggle',
  /** {force?} → Status: highlights on unless the site is set to "never" (force: on anyway). */
  activate: 'activate',
  /** {} → Status: highlights off. */
  deactivate: 'deactivate',
  /**
   * {} → Status: {on, busy, error, site, choice, count, mode, timing, groups}, where groups is
   * Overlay.summary() (at most 300 statements listed) and mode 'content' or 'background' (null
   * until the content script's wasm has compiled or failed to).
   */
  status: 'status',
  /** {key} → {ok}: scroll to that statement, flash it and open its tooltip. */
  reveal: 'reveal',
  /** {} → {ok}: the same for the statement after the one shown (turning on first, unless "never"). */
  next: 'next',
  /** {hidden: string[]} → Status: paint, list and step to none of these cue classes (settings.js). */
  classes: 'classes',
  /**
   * {} → {}: the per-site choices changed (the popup or the options page): the copy forgets the
   * choice it kept and asks again when it next needs it. It names no site.
   */
  choices: 'choices',
  // test-only {
  /** {} → {texts, stats, instances}: the text read per batch, and what the page made the script do. */
  debugText: 'debugText',
  /** {} → {count, painted, windowed, near, nearPainted, limit} | null: what windowing registered. */
  debugPainted: 'debugPainted',
  /** {focus?} → the tooltip's text, tags and <bdi> words | {focused} (focus: its nth button) | null. */
  debugTip: 'debugTip',
  /**
   * {} → {ok}: the next start, its article read, dispatches 'whosaid-test-held' on the document
   * and waits for 'whosaid-test-release' there.
   */
  debugHold: 'debugHold',
  /** {} → {ok}: the next analysis panics inside the core. */
  debugPanicNext: 'debugPanicNext',
  /** {} → {asserted, disputed, disputing, …-light, active, flash}: the highlight names this copy paints under. */
  debugNames: 'debugNames',
  // } test-only
});

/** True when `msg` is one of `names` (BACKGROUND or TAB). */
export const isOneOf = (names, msg) => typeof msg?.type === 'string' && Object.hasOwn(names, msg.type);

// To the background.
export const analyzeText = (text, blocks) => (blocks ? { type: BACKGROUND.analyze, text, blocks } : { type: BACKGROUND.analyze, text });
export const askChoice = () => ({ type: BACKGROUND.choice });
export const addStyles = (names, scope) => ({ type: BACKGROUND.styles, names, scope });
export const reportStatus = ({ on, count, error }) => ({ type: BACKGROUND.status, on, count, error });

// To a tab.
export const toggle = () => ({ type: TAB.toggle });
export const activate = ({ force = false } = {}) => (force ? { type: TAB.activate, force: true } : { type: TAB.activate });
export const deactivate = () => ({ type: TAB.deactivate });
export const askStatus = () => ({ type: TAB.status });
export const reveal = (key) => ({ type: TAB.reveal, key });
export const next = () => ({ type: TAB.next });
export const hideClasses = (hidden) => ({ type: TAB.classes, hidden: [...hidden] });
export const choicesChanged = () => ({ type: TAB.choices });

/** The keyboard commands (manifest.json "commands"): the message each sends to the active tab. */
export const COMMANDS = Object.freeze({ 'toggle-highlights': toggle, 'next-statement': next });
