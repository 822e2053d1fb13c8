-- One wrk script for every row of `npm run bench` (scripts/bench.mjs sets the environment):
--   BENCH_METHOD        GET (default), POST, ...
--   BENCH_TOKEN         bearer token for the Authorization header (none: anonymous)
--   BENCH_CONTENT_TYPE  Content-Type of the body
--   BENCH_BODY          request body; "{n}" in it becomes a number unique to each request (thread id and counter)
-- Every response that is not 2xx counts as an error (wrk's own summary counts only >= 400 and socket errors).
-- done() prints one line "BENCH_JSON {...}" with requests, duration, latency percentiles and error counts.

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local method = os.getenv("BENCH_METHOD") or "GET"
local token = os.getenv("BENCH_TOKEN")
local contentType = os.getenv("BENCH_CONTENT_TYPE")
local body = os.getenv("BENCH_BODY")
local varies = body ~= nil and string.find(body, "{n}", 1, true) ~= nil

wrk.method = method
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
if contentType and contentType ~= "" then wrk.headers["Content-Type"] = contentType end
if body and not varies then wrk.body = body end

function init(args)
  non2xx = 0
  statuses = ""
  counter = 0
end

if varies then
  function request()
    counter = counter + 1
    local b = string.gsub(body, "{n}", tid .. "-" .. counter)
    return wrk.format(nil, nil, nil, b)
  end
end

function response(status, headers, responseBody)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    -- keep a few statuses for the report (what kind of error it was)
    if #statuses < 40 then statuses = statuses .. status .. " " end
  end
end

function done(summary, latency, requests)
  local non2xxTotal, seen = 0, ""
  for _, t in ipairs(threads) do
    non2xxTotal = non2xxTotal + (t:get("non2xx") or 0)
    seen = seen .. (t:get("statuses") or "")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f,' ..
    '"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"statusErrors":%d,"statuses":"%s"}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean,
    non2xxTotal, e.connect, e.read, e.write, e.timeout, e.status, seen))
end
