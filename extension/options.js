// Options page: the remembered per-site choices (always / never; ask is the default, not stored).
// "always" asks for that site's host permission; any other choice gives it back (inject.js).
import { setChoice } from './inject.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

async function load() {
  const { sites = {} } = await api.storage.local.get('sites');
  return sites;
}

async function render() {
  const sites = await load();
  const body = $('sites');
  body.replaceChildren();
  for (const host of Object.keys(sites).sort()) {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = host;
    const pick = document.createElement('select');
    pick.setAttribute('aria-label', `Choice for ${host}`);
    for (const v of ['always', 'never', 'ask']) pick.append(new Option(v, v, false, v === sites[host]));
    pick.addEventListener('change', async () => {
      await setChoice(api, host, pick.value);
      await render();
    });
    const rm = document.createElement('button');
    rm.type = 'button';
    rm.textContent = 'Forget';
    rm.addEventListener('click', async () => {
      await setChoice(api, host, 'ask');
      await render();
    });
    const c1 = document.createElement('td'), c2 = document.createElement('td');
    c1.append(pick);
    c2.append(rm);
    tr.append(name, c1, c2);
    body.append(tr);
  }
}

$('add').addEventListener('submit', async (e) => {
  e.preventDefault();
  const host = $('host').value.trim().toLowerCase();
  if (!host) return;
  if (await setChoice(api, host, $('newchoice').value)) $('host').value = '';
  await render();
});

api.storage.onChanged.addListener((changes, area) => { if (area === 'local' && changes.sites) render(); });
render();
