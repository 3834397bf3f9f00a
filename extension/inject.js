// The content script goes into a tab only when the reader asks (the toolbar button or the
// shortcut, which grant activeTab for that tab), or by itself on the sites the reader set to
// "always", each granted as an optional host permission when chosen (shared/settings.js). Used by
// the background and the popup.
import { highlightCss, isHighlightNames, isStyleScope } from './shared/paint.js';
import { alwaysGranted } from './shared/settings.js';

const CONTENT = { js: ['content.js'] };
const ALWAYS_ID = 'always';

/**
 * Puts the content script into the tab: one trip, the script itself ends at once when a live
 * copy is there. Throws when the extension may not (a browser page, a store, no grant for it).
 */
export async function ensureInjected(api, tabId) {
  // Now, not at the page's next idle moment: the reader is waiting.
  await api.scripting.executeScript({ target: { tabId }, files: CONTENT.js, injectImmediately: true });
}

/**
 * Adds the highlight styles to the frame a copy of the content script runs in, under the names
 * drawn for that copy (by class, as paint.js NAMES), scoped to `scope` (paint.js styleScope), or
 * universal when it is null. The copy asks once it knows where the article is, and again, without
 * a scope, where scoped styles do not reach the article's text. Throws on names or a scope that
 * are not what paint.js makes: they come from the page's process.
 */
export async function addStyles(api, tabId, frameId, names, scope) {
  if (!isHighlightNames(names) || !(scope === null || isStyleScope(scope))) throw new Error('not highlight names and a scope');
  await api.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: highlightCss(names, scope ?? '') });
}

/**
 * Registers the content script for exactly the sites set to "always" whose permission is granted
 * (none: unregistered). Run when the choices or the grants change, and at start.
 */
export async function syncAlways(api) {
  const matches = await alwaysGranted(api);
  const known = await api.scripting.getRegisteredContentScripts({ ids: [ALWAYS_ID] });
  if (known.length) await api.scripting.unregisterContentScripts({ ids: [ALWAYS_ID] });
  if (matches.length) {
    await api.scripting.registerContentScripts([{
      id: ALWAYS_ID, matches, js: CONTENT.js, runAt: 'document_idle', persistAcrossSessions: true,
    }]);
  }
}
