-- POSTs the smallest paper read to /graphql: one paper by id, its id and title (40 ids spread over the corpus, from
-- IDS_FILE). Counts any status but 200 and any body with "errors".
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local body = '{"query":"query($id: ID!) { paper(id: $id) { id title } }","variables":{"id":"Paper:' .. ids[(n % #ids) + 1] .. '"}}'
  return wrk.format(nil, "/graphql", nil, body)
end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
errors = 0
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
    if errors <= 3 then io.stderr:write(status .. " " .. string.sub(body, 1, 300) .. "\n") end
  end
end
done = function(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  io.write(string.format("requests %d, non-200 or GraphQL errors %d\n", summary.requests, failed))
end
