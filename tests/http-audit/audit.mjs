// Runs the GraphQL-over-HTTP audit suite of graphql-http against a running server.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql   (or GRAPHQL_URL=... node audit.mjs)
// Prints every audit (status, id, name); exits 1 when a MUST or SHOULD audit fails (MAY only warns),
// 2 on bad usage or when the audits cannot run at all.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>   (or set GRAPHQL_URL)');
  process.exit(2);
}

// The audits have no timeout of their own: a hung server must not hang CI.
const watchdog = setTimeout(() => {
  console.error(`audit of ${url} did not finish within 120 s`);
  process.exit(2);
}, 120_000);
watchdog.unref();

let results;
try {
  const audits = serverAudits({ url, fetchFn: fetch });
  results = await Promise.all(audits.map((audit) => audit.fn()));
} catch (error) {
  console.error(`audit of ${url} could not run: ${error?.message ?? error}`);
  process.exit(2);
}

const requirement = (name) => name.split(' ', 1)[0];
let failedRequired = 0;
let failedOptional = 0;
for (const result of results) {
  const passed = result.status === 'ok';
  const required = ['MUST', 'SHOULD'].includes(requirement(result.name));
  if (!passed && required) failedRequired++;
  if (!passed && !required) failedOptional++;
  const mark = passed ? 'ok  ' : required ? 'FAIL' : 'warn';
  const reason = passed ? '' : ` -- ${result.reason}`;
  console.log(`${mark} ${result.id} ${result.name}${reason}`);
}

const passedCount = results.length - failedRequired - failedOptional;
console.log(`${failedOptional} optional (MAY) audits not met`);
console.log(`audit: ${passedCount} passed, ${failedRequired} failed`);
process.exit(failedRequired > 0 ? 1 : 0);
