// The result table of a recipe: one row per result row, bilingual column headings.
import { valueAt } from './paths.js';
import { formatValue } from './format.js';

export function renderTable(columns, rows) {
  const table = document.createElement('table');
  table.className = 'result-table';
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.innerHTML = '<span class="zh"></span><span class="en"></span>';
    th.querySelector('.zh').textContent = column.label.zh;
    th.querySelector('.en').textContent = column.label.en;
    if (column.format === 'money' || column.format === 'percent' || column.format === 'number') th.classList.add('num');
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const column of columns) {
      const td = tr.insertCell();
      const value = valueAt(row, column.path);
      if (column.format === 'snippet' && Array.isArray(value)) {
        // Matched words are highlighted; all text goes in as text, never as markup.
        for (const part of value) td.appendChild(part.highlighted ? Object.assign(document.createElement('mark'), { textContent: part.text }) : document.createTextNode(part.text));
        continue;
      }
      td.textContent = formatValue(value, column.format);
      if (column.format === 'money' || column.format === 'percent' || column.format === 'number') td.classList.add('num');
      if (value === null || value === undefined) td.classList.add('missing');
    }
  }
  return table;
}
