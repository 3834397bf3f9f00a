// Options page: the remembered per-site choices (always / never; ask is the default, not stored).
// "always" asks for that site's host permission; any other choice gives it back (shared/settings.js).
import { el } from './shared/analysis.js';
import { ASK, CHOICES, onSitesChanged, readSites, setChoice } from './shared/settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

async function choose(host, choice) {
  await setChoice(api, host, choice);
  await render();
}

async function render() {
  const sites = await readSites(api);
  const body = $('sites');
  body.replaceChildren();
  for (const host of Object.keys(sites).sort()) {
    const pick = el('select', { 'aria-label': `Choice for ${host}` },
      ...CHOICES.map((v) => new Option(v, v, false, v === sites[host])));
    pick.addEventListener('change', () => choose(host, pick.value));
    const forget = el('button', { type: 'button', text: 'Forget' });
    forget.addEventListener('click', () => choose(host, ASK));
    body.append(el('tr', null, el('td', { text: host }), el('td', null, pick), el('td', null, forget)));
  }
}

$('add').addEventListener('submit', async (e) => {
  e.preventDefault();
  const host = $('host').value.trim().toLowerCase();
  if (!host) return;
  if (await setChoice(api, host, $('newchoice').value)) $('host').value = '';
  await render();
});

onSitesChanged(api, render);
render();
