-- The query mix of bench/load/run.sh, for wrk: each request is drawn from six kinds of queries a
-- journalist's notebook or a chart front-end sends, with random ids, years, regions and rules, and
-- cursor paging that follows the endCursor of earlier answers. Every answer is checked: a status other
-- than 2xx, or a GraphQL "errors" member, is counted; done() prints the totals as one JSON line.

local ids = dofile(os.getenv("LOAD_IDS"))

local queries = {
  -- Lookups by id: one unit with its accounts by year, one final account with its expenditures.
  { weight = 20, name = "unitById", query = [[query UnitById($id: ID!) { unit(id: $id) { id name region supervisingDepartment kind finalAccounts(order: [{ year: DESC }]) { year incomeTotal expenditureTotal } } }]],
    vars = function() return string.format('{"id":"%s"}', ids.units[math.random(#ids.units)]) end },
  { weight = 15, name = "accountById", query = [[query AccountById($id: ID!) { finalAccount(id: $id) { year incomeTotal expenditureTotal basicExpenditure projectExpenditure unit { name } expenditures { amount sharePercent category { code nameEn } } procurement { total services } } }]],
    vars = function() return string.format('{"id":"%s"}', ids.accounts[math.random(#ids.accounts)]) end },
  -- A filtered, sorted page of final accounts with nested expenditures.
  { weight = 25, name = "topSpenders", query = [[query TopSpenders($year: Int!) { finalAccounts(first: 20, where: { year: { eq: $year }, expenditureTotal: { gt: 100 } }, order: [{ expenditureTotal: DESC }]) { totalCount nodes { year expenditureTotal unit { name region } expenditures { amount category { code } } } pageInfo { endCursor hasNextPage } } }]],
    vars = function() return string.format('{"year":%d}', ids.years[math.random(#ids.years)]) end },
  -- Units of a region with their recent accounts.
  { weight = 15, name = "unitsInRegion", query = [[query UnitsInRegion($region: String!) { units(first: 10, where: { region: { eq: $region } }, order: [{ name: ASC }]) { totalCount nodes { name kind finalAccounts(where: { year: { gte: 2020 } }) { year expenditureTotal threePublicTotal } } } }]],
    vars = function() return string.format('{"region":"%s"}', ids.regions[math.random(#ids.regions)]) end },
  -- Data-quality findings of one rule.
  { weight = 10, name = "findings", query = [[query Findings($rule: String!) { dataQualityFindings(first: 20, where: { rule: { eq: $rule }, severity: { eq: ERROR } }, order: [{ year: DESC }]) { totalCount nodes { rule severity message expected actual unit { name } } } }]],
    vars = function() return string.format('{"rule":"%s"}', ids.rules[math.random(#ids.rules)]) end },
  -- Cursor paging: the next page after a cursor seen in an earlier answer, or the first page.
  { weight = 15, name = "walk", query = [[query Walk($after: String) { finalAccounts(first: 50, after: $after, where: { year: { eq: 2022 } }, order: [{ incomeTotal: ASC }]) { nodes { id incomeTotal } pageInfo { endCursor hasNextPage } } }]],
    vars = function()
      local cursor = table.remove(cursors)
      return cursor and string.format('{"after":"%s"}', cursor) or '{"after":null}'
    end },
}

local total = 0
for _, q in ipairs(queries) do total = total + q.weight end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  cursors = {}
  answered, non2xx, server_errors, graphql_errors = 0, 0, 0, 0
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json"
end

function request()
  local pick = math.random(total)
  for _, q in ipairs(queries) do
    pick = pick - q.weight
    if pick <= 0 then
      local body = string.format('{"operationName":"%s","query":"%s","variables":%s}',
        q.query:match("query (%w+)"), q.query:gsub('"', '\\"'), q.vars())
      return wrk.format(nil, nil, nil, body)
    end
  end
end

function response(status, headers, body)
  answered = answered + 1
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if status >= 500 then server_errors = server_errors + 1 end
  if body:find('"errors"', 1, true) then graphql_errors = graphql_errors + 1 end
  local cursor = body:match('"endCursor":"([^"]+)","hasNextPage":true')
  if cursor and #cursors < 64 then table.insert(cursors, cursor) end
end

function done(summary, latency, requests)
  local sums = { answered = 0, non2xx = 0, server_errors = 0, graphql_errors = 0 }
  for _, t in ipairs(threads) do
    for key, _ in pairs(sums) do sums[key] = sums[key] + (t:get(key) or 0) end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.1f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,' ..
    '"non2xx":%d,"status5xx":%d,"graphql_errors":%d,"socket_errors":%d,"timeouts":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    sums.non2xx, sums.server_errors, sums.graphql_errors,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end
