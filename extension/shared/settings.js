// The reader's choice for each site: "always" (the content script goes into the site's pages by
// itself, under that one site's host permission, asked for when chosen), "never" (the shortcut and
// "next statement" do not turn highlights on there; the popup's button still does, once), or "ask",
// the default: nothing happens until the reader asks. Stored in storage.local as
// {sites: {host: 'always' | 'never'}} ("ask" is not stored). The background reads it for the
// content script (a page's process never holds the list of every site set); the popup and the
// options page change it.
//
// Which cue classes are painted (the popup's switches): storage.local {hiddenClasses: ['belief',
// …]}, the classes switched off (none stored: all shown). The background sends it to the content
// script with its first answer and again when it changes (the content script reads no storage).

export const ALWAYS = 'always';
export const NEVER = 'never';
export const ASK = 'ask';
/** The choices, in the order the options page offers them. */
export const CHOICES = [ALWAYS, NEVER, ASK];

/** The host permission patterns of one site (match patterns, not addresses anything loads). */
export const sitePatterns = (host) => ['http', 'https'].map((scheme) => `${scheme}://${host}/*`);

/** Every stored choice: {host: 'always' | 'never'}. */
export async function readSites(api) {
  const { sites = {} } = await api.storage.local.get('sites');
  return sites;
}

/** The choice for `host` ('' for a page without one: "ask"). */
export async function choiceFor(api, host) {
  const sites = await readSites(api);
  return host && Object.hasOwn(sites, host) ? sites[host] : ASK;
}

/** The match patterns of the sites set to "always" whose permission is granted. */
export async function alwaysGranted(api) {
  const sites = await readSites(api);
  const matches = [];
  for (const host of Object.keys(sites)) {
    if (sites[host] !== ALWAYS) continue;
    const origins = sitePatterns(host);
    if (await api.permissions.contains({ origins })) matches.push(...origins);
  }
  return matches;
}

/**
 * Stores the reader's choice for a site. "always" first asks for that one site's host permission
 * (call it from the click or change that chose it: browsers allow the request only there); any
 * other choice gives the permission back. Resolves to false when the reader refused.
 */
export async function setChoice(api, host, choice) {
  const origins = sitePatterns(host);
  if (choice === ALWAYS && !(await api.permissions.request({ origins }))) return false;
  const sites = await readSites(api);
  if (choice === ASK) delete sites[host];
  else sites[host] = choice;
  await api.storage.local.set({ sites });
  // Given back unless the manifest itself asks for it (the tests' build reads 127.0.0.1).
  const required = new Set(api.runtime.getManifest().host_permissions ?? []);
  if (choice !== ALWAYS && !origins.some((o) => required.has(o))) await api.permissions.remove({ origins }).catch(() => false);
  return true;
}

/** Calls `fn` whenever the stored choices change (in this context or another). */
export function onSitesChanged(api, fn) {
  api.storage.onChanged.addListener((changes, area) => { if (area === 'local' && changes.sites) fn(); });
}

/** A stored or sent list of hidden cue classes, as a list of strings ([] for anything else). */
export const classList = (v) => (Array.isArray(v) ? v.filter((c) => typeof c === 'string') : []);

/** The cue classes switched off (the core's `cue_class` values), [] when every class is shown. */
export async function readHiddenClasses(api) {
  const { hiddenClasses } = await api.storage.local.get('hiddenClasses');
  return classList(hiddenClasses);
}

/** Shows (`shown` true) or hides the statements of one cue class; resolves to the classes now hidden. */
export async function setClassShown(api, cls, shown) {
  const hidden = new Set(await readHiddenClasses(api));
  if (shown) hidden.delete(cls);
  else hidden.add(cls);
  const hiddenClasses = [...hidden].sort();
  if (hiddenClasses.length) await api.storage.local.set({ hiddenClasses });
  else await api.storage.local.remove('hiddenClasses');
  return hiddenClasses;
}

/** Calls `fn(hidden)` whenever the hidden cue classes change (in this context or another). */
export function onHiddenClassesChanged(api, fn) {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.hiddenClasses) fn(classList(changes.hiddenClasses.newValue));
  });
}
