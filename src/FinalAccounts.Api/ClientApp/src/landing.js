// The landing page: fills in where the data comes from (from the API itself), runs cookbook recipes
// with one click and shows each answer as a table and, where it fits, a chart.
import { valueAt } from './paths.js';
import { renderTable } from './table.js';
import { renderChart } from './svg-chart.js';
import './landing.css';

const endpoint = document.body.dataset.endpoint ?? '/graphql';
const cookbook = JSON.parse(document.getElementById('cookbook-data')?.textContent ?? '[]');

async function graphql(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return body;
}

function text(id, value) {
  const node = document.getElementById(id);
  if (node) node.textContent = value ?? '—';
}

async function loadSnapshot() {
  const body = await graphql(`{
    snapshot { key builtAt kind schemaVersion documentCount unitCount accountCount findingCount generator }
    sourceDocuments(first: 20, order: [{ year: DESC }, { fileName: ASC }]) {
      totalCount
      nodes { fileName year sha256 provenance unit { name } }
    }
  }`);
  const snapshot = body.data?.snapshot;
  if (!snapshot) {
    text('snapshot-kind', '无法读取快照 · The snapshot could not be read');
    return;
  }
  const kind = document.getElementById('snapshot-kind');
  kind.textContent = snapshot.kind === 'REAL'
    ? 'REAL · 真实数据：只含公开报告所述 · only what published reports state'
    : `${snapshot.kind} · 示例数据：合成，并非真实 · synthetic demo data, not real`;
  kind.className = `badge badge-${snapshot.kind.toLowerCase()}`;
  text('snapshot-id', snapshot.key);
  text('snapshot-built', new Date(snapshot.builtAt).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'));
  text('snapshot-documents', snapshot.documentCount);
  text('snapshot-units', snapshot.unitCount);
  text('snapshot-accounts', snapshot.accountCount);
  text('snapshot-findings', snapshot.findingCount);
  if (snapshot.generator) text('snapshot-generator', snapshot.generator);
  else document.getElementById('snapshot-generator')?.parentElement?.remove(); // only demo snapshots are generated

  const documents = body.data.sourceDocuments;
  const tbody = document.querySelector('#source-documents tbody');
  tbody.replaceChildren();
  for (const d of documents.nodes) {
    const tr = tbody.insertRow();
    for (const value of [d.fileName, d.year, d.unit?.name, d.provenance, d.sha256]) {
      const td = tr.insertCell();
      td.textContent = value ?? '—';
    }
    tr.cells[4].className = 'hash';
  }
  text('source-documents-count', documents.totalCount);
}

async function loadExports() {
  const [index, checksum] = await Promise.all([
    fetch('/export').then((r) => r.json()),
    fetch('/export/snapshot.db.sha256').then((r) => r.text()),
  ]);
  const tbody = document.querySelector('#export-lists tbody');
  tbody.replaceChildren();
  for (const list of index.lists) {
    const tr = tbody.insertRow();
    tr.insertCell().textContent = list.name;
    const links = tr.insertCell();
    if (list.computed) {
      // A computed list needs its field's arguments, e.g. /export/aggregate.csv?metric=…&groupBy=[…].
      links.textContent = `${list.csv}?${list.arguments.map((a) => `${a.name}=…`).join('&')}`;
      links.className = 'hash';
    } else {
      for (const [label, href] of [['CSV', list.csv], ['JSON', list.json]]) {
        const a = document.createElement('a');
        a.href = href;
        a.textContent = label;
        a.setAttribute('download', '');
        links.append(a, ' ');
      }
    }
    tr.insertCell().textContent = list.columns.map((c) => c.name).join(', ');
  }
  text('snapshot-sha256', checksum.split(/\s+/)[0]);
}

function showErrors(result, errors) {
  const list = document.createElement('ul');
  list.className = 'errors';
  for (const error of errors) {
    const li = document.createElement('li');
    li.textContent = error.message + (error.extensions?.code ? ` (${error.extensions.code})` : '');
    list.appendChild(li);
  }
  result.replaceChildren(list);
}

async function run(recipe, article) {
  const result = article.querySelector('.result');
  article.dataset.state = 'running';
  result.textContent = '运行中… Running…';
  let variables;
  const editor = article.querySelector('textarea.variables');
  try {
    variables = editor && editor.value.trim() ? JSON.parse(editor.value) : undefined;
  } catch {
    showErrors(result, [{ message: '变量不是有效的 JSON · The variables are not valid JSON.' }]);
    article.dataset.state = 'error';
    return;
  }
  const started = performance.now();
  let body;
  try {
    body = await graphql(recipe.query, variables);
  } catch (error) {
    showErrors(result, [{ message: `请求失败 · The request failed: ${error}` }]);
    article.dataset.state = 'error';
    return;
  }
  const elapsed = Math.round(performance.now() - started);
  if (body.errors?.length) {
    showErrors(result, body.errors);
    article.dataset.state = 'error';
    return;
  }
  const found = valueAt(body.data, recipe.rows);
  const rows = Array.isArray(found) ? found : [];
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = rows.length
    ? `${rows.length} 行 rows · ${elapsed} ms`
    : `没有结果 · No rows (${elapsed} ms)`;
  const parts = [summary];
  if (recipe.chart && rows.length) {
    const chart = renderChart(recipe.chart, rows, `${recipe.title.zh} · ${recipe.title.en}`);
    if (chart) parts.push(chart);
  }
  if (rows.length) {
    const scroller = document.createElement('div');
    scroller.className = 'table-scroll';
    scroller.appendChild(renderTable(recipe.columns, rows));
    parts.push(scroller);
  }
  result.replaceChildren(...parts);
  article.dataset.state = 'done';
}

for (const article of document.querySelectorAll('article.recipe')) {
  const recipe = cookbook.find((r) => r.id === article.dataset.recipe);
  if (!recipe) continue;
  article.querySelector('button.run')?.addEventListener('click', () => run(recipe, article));
}

loadSnapshot().catch((error) => text('snapshot-kind', `无法读取快照 · The snapshot could not be read: ${error}`));
loadExports().catch(() => text('snapshot-sha256', '—'));

const requested = new URLSearchParams(window.location.search).get('run');
if (requested) {
  const article = document.querySelector(`article.recipe[data-recipe="${CSS.escape(requested)}"]`);
  const recipe = cookbook.find((r) => r.id === requested);
  if (article && recipe) {
    article.scrollIntoView();
    run(recipe, article);
  }
}
