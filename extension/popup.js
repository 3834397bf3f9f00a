// Popup: opening it turns highlights on for the tab (the toolbar click), lists the claims grouped
// by party, and holds the on/off switch and the site's remembered choice.
// Page text is shown with textContent only.
import { ensureInjected } from './inject.js';
import { CUE_CLASSES, CUE_CLASS_NAME, el, iso, plural } from './shared/analysis.js';
import * as msg from './shared/messages.js';
import { ALWAYS, NEVER, readHiddenClasses, setChoice, setClassShown } from './shared/settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

async function targetTab() {
  // test-only {
  // ?tab=N lets the tests drive the popup of a given tab from a normal tab.
  const n = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(n) && n > 0) return n;
  // } test-only
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const tabId = await targetTab();
// Opening the popup is the toolbar click, which granted activeTab: the content script goes in now
// (it is in no page before the reader asks).
const injected = tabId != null && await ensureInjected(api, tabId).then(() => true, () => false);
let site = null; // the page's host, once the content script has told
// The injection above has run the content script, whose listener is set as it runs: a message
// fails only when the tab has gone or navigated since.
async function send(message) {
  if (!injected) return null;
  return api.tabs.sendMessage(tabId, message).catch(() => null);
}

function render(st) {
  const toggle = $('toggle');
  if (!st) {
    $('state').textContent = 'whosaid cannot read this page (browser pages and extension stores are off limits).';
    toggle.disabled = true;
    toggle.textContent = 'Turn on';
    $('choice').disabled = true;
    return;
  }
  toggle.disabled = false;
  toggle.textContent = st.on ? 'Turn off' : 'Turn on';
  toggle.setAttribute('aria-pressed', String(st.on));
  site = st.site;
  $('site').textContent = st.site;
  $('choice').value = st.choice;
  $('choice').disabled = false;
  let text;
  if (st.error) text = `Could not analyse this page: ${st.error}`;
  else if (st.on) text = `${plural(st.count, 'statement')} by ${plural(st.groups.length, 'party', 'parties')}.`;
  else if (st.choice === NEVER) text = 'Off: this site is set to never. Turn on runs it once.';
  else text = 'Highlights are off.';
  $('state').textContent = text;
  const box = $('groups');
  box.replaceChildren();
  for (const g of st.groups) {
    box.append(el('h2', null, iso(g.party), ` (${g.count})`));
    const ul = el('ul');
    for (const s of g.statements) {
      const b = el('button', s.cls);
      b.type = 'button';
      b.append(iso(s.speaker, 'who'), s.cue ? el('span', 'muted', ' ', iso(s.cue), ': ') : el('span', 'muted', ': '), iso(s.text, 'text'));
      if (s.why) {
        const why = el('span', 'why', 'disputes ');
        s.against.forEach((party, k) => why.append(k ? ', ' : '', iso(party)));
        why.append(': ', iso(s.why));
        b.append(why);
      }
      b.addEventListener('click', () => send(msg.reveal(s.key)));
      li(ul, b);
    }
    if (g.count > g.statements.length) li(ul, el('span', 'muted', `and ${g.count - g.statements.length} more`));
    box.append(ul);
  }
}

function li(ul, child) {
  const item = el('li');
  item.append(child);
  ul.append(item);
}

$('toggle').addEventListener('click', async () => {
  const st = await send(msg.askStatus());
  render(await send(st?.on ? msg.deactivate() : msg.activate({ force: true })));
});

$('choice').addEventListener('change', async (e) => {
  const value = e.target.value; // read now: a status arriving meanwhile re-renders the select
  if (!site) return;
  // First, while the change is still the reader's gesture: "always" asks for this one site.
  if (!(await setChoice(api, site, value))) {
    render(await send(msg.askStatus())); // refused: the select shows the choice as it was
    return;
  }
  // The copy forgets the choice it kept before this message is answered (the background tells
  // every tab too, but its message may come after the next one).
  await send(msg.choicesChanged());
  if (value === ALWAYS) render(await send(msg.activate()));
  else if (value === NEVER) render(await send(msg.deactivate()));
  else render(await send(msg.askStatus()));
});

// One switch per cue class: stored like the site choices (settings.js), and sent to the tab at
// once so the page and the list below change as the box is ticked (other tabs follow the
// stored value).
async function classSwitches() {
  const hidden = new Set(await readHiddenClasses(api));
  const box = $('classes');
  for (const cls of CUE_CLASSES) {
    const input = el('input', { type: 'checkbox', checked: !hidden.has(cls), 'data-class': cls });
    input.addEventListener('change', async () => {
      const now = await setClassShown(api, cls, input.checked);
      const st = await send(msg.hideClasses(now));
      if (st) render(st);
    });
    box.append(el('label', null, input, ` ${CUE_CLASS_NAME[cls]}`));
  }
}
await classSwitches();

$('options').addEventListener('click', (e) => {
  e.preventDefault();
  api.runtime.openOptionsPage();
});

// Opening the popup is the toolbar click: it turns highlights on unless the site says never.
render(await send(msg.askStatus()));
render(await send(msg.activate()));
