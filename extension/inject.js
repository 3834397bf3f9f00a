// The content script goes into a tab only when the reader asks (the toolbar button or the
// shortcut, which grant activeTab for that tab), or by itself on the sites the reader set to
// "always", each granted as an optional host permission when chosen. Used by the background, the
// popup and the options page.

const CONTENT = { js: ['content.js'], css: ['styles/highlights.css'] };
const ALWAYS_ID = 'always';

/** The host permission patterns of one site (match patterns, not addresses anything loads). */
export const sitePatterns = (host) => ['http', 'https'].map((scheme) => `${scheme}://${host}/*`);

/**
 * Puts the content script into the tab: one trip, the script itself ends at once when a live
 * copy is there. Throws when the extension may not (a browser page, a store, no grant for it).
 */
export async function ensureInjected(api, tabId) {
  // Now, not at the page's next idle moment: the reader is waiting.
  await api.scripting.executeScript({ target: { tabId }, files: CONTENT.js, injectImmediately: true });
}

/**
 * Adds the highlight styles to the frame a new copy of the content script runs in (it asks as it
 * starts, while its modules load, so that the styles go in once per copy).
 */
export function addStyles(api, tabId, frameId) {
  return api.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: CONTENT.css });
}

/**
 * Registers the content script for exactly the sites set to "always" whose permission is granted
 * (none: unregistered). Run when the choices or the grants change, and at start.
 */
export async function syncAlways(api) {
  const { sites = {} } = await api.storage.local.get('sites');
  const matches = [];
  for (const host of Object.keys(sites)) {
    if (sites[host] !== 'always') continue;
    const origins = sitePatterns(host);
    if (await api.permissions.contains({ origins })) matches.push(...origins);
  }
  const known = await api.scripting.getRegisteredContentScripts({ ids: [ALWAYS_ID] });
  if (known.length) await api.scripting.unregisterContentScripts({ ids: [ALWAYS_ID] });
  if (matches.length) {
    await api.scripting.registerContentScripts([{
      id: ALWAYS_ID, matches, js: CONTENT.js, runAt: 'document_idle', persistAcrossSessions: true,
    }]);
  }
}

/**
 * Stores the reader's choice for a site. "always" first asks for that one site's host permission
 * (call it from the click or change that chose it: browsers allow the request only there); any
 * other choice gives the permission back. Resolves to false when the reader refused.
 */
export async function setChoice(api, host, choice) {
  const origins = sitePatterns(host);
  if (choice === 'always' && !(await api.permissions.request({ origins }))) return false;
  const { sites = {} } = await api.storage.local.get('sites');
  if (choice === 'ask') delete sites[host];
  else sites[host] = choice;
  await api.storage.local.set({ sites });
  // Given back unless the manifest itself asks for it (the tests' build reads 127.0.0.1).
  const required = new Set(api.runtime.getManifest().host_permissions ?? []);
  if (choice !== 'always' && !origins.some((o) => required.has(o))) await api.permissions.remove({ origins }).catch(() => false);
  return true;
}
