// How values read in tables: money in 万元 with every published decimal and thousands separators,
// percentages with a % sign, missing values as a dash (never as zero).

export const MISSING = '—';

function groupThousands(text) {
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + (fraction !== undefined ? `.${fraction}` : '');
}

/** Money arrives as a JSON number written with its exact decimals; show it with at least two. */
export function formatMoney(value) {
  const text = String(value);
  const [, fraction = ''] = text.split('.');
  return groupThousands(fraction.length >= 2 || text.includes('e') ? text : Number(value).toFixed(2));
}

export function formatValue(value, format) {
  if (value === null || value === undefined || value === '') return MISSING;
  if (typeof value === 'boolean') return value ? '是 yes' : '否 no';
  if (typeof value === 'object') return JSON.stringify(value);
  switch (format) {
    case 'money': return typeof value === 'number' ? formatMoney(value) : String(value);
    case 'percent': return `${value}%`;
    case 'number': return typeof value === 'number' && Math.abs(value) >= 10000 ? groupThousands(String(value)) : String(value);
    default: return String(value);
  }
}

/** Axis ticks: short forms for large amounts. */
export function formatTick(value) {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${+(value / 1e8).toFixed(2)}亿`;
  if (abs >= 1e4) return `${+(value / 1e4).toFixed(2)}万`;
  return `${+value.toFixed(2)}`;
}
