-- POSTs GraphQL to /graphql: every other request a search page (six realistic searches), the others a paper by id
-- with its mentions and links (40 ids spread over the corpus, from IDS_FILE). With QUERY=paper, only the smallest
-- paper read instead: one paper by id, its id and title (serve-load's one-paper query).
local searches = {"state space models", "diffusion models", "reinforcement learning from human feedback",
                  "graph neural network", "large language model reasoning", "vision transformer segmentation"}
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local onePaper = os.getenv("QUERY") == "paper"
request = function()
  n = n + 1
  local body
  if onePaper then
    body = '{"query":"query($id: ID!) { paper(id: $id) { id title } }","variables":{"id":"Paper:' .. ids[(n % #ids) + 1] .. '"}}'
  elseif n % 2 == 0 then
    body = '{"query":"query($q: String) { papers(search: $q, first: 10) { totalCount edges { node { id title date authors } } } }","variables":{"q":"' .. searches[(n / 2) % #searches + 1] .. '"}}'
  else
    body = '{"query":"query($id: ID!) { paper(id: $id) { id title abstract mentions { entity { id name kind } field start end } buildsOn(first: 5) { edges { node { cited { id title } reason score } } } } }","variables":{"id":"Paper:' .. ids[(n % #ids) + 1] .. '"}}'
  end
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
  io.write(string.format("requests %d, non-200 or GraphQL errors %d, non-2xx (wrk) %d, socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, failed, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%g %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
