// Dotted paths into GraphQL results: "unit.name", "units.nodes.0.finalAccounts".
export function valueAt(value, path) {
  if (!path) return value;
  let current = value;
  for (const part of path.split('.')) {
    if (current === null || current === undefined) return undefined;
    current = current[/^\d+$/.test(part) ? Number(part) : part];
  }
  return current;
}
