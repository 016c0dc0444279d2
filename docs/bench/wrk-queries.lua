-- wrk script: cycles through request paths read from the file named by $WRK_PATHS (one path a
-- line, already URL-encoded, e.g. /api/search?q=ph%C3%B2ng&size=10), each thread starting at its
-- own offset; at the end prints one JSON line:
--   {"connections":..,"threads":..,"paths":..,"requests":..,"duration_s":..,"throughput_rps":..,
--    "latency_ms":{"p50":..,"p90":..,"p99":..,"mean":..,"max":..},"bytes":..,
--    "errors":{"non2xx":..,"connect":..,"read":..,"write":..,"timeout":..,"total":..}}
-- non2xx counts every answer outside 200-299 (wrk's own 'status' error counts only >= 400);
-- connect/read/write/timeout are socket errors. $WRK_CONNECTIONS and $WRK_THREADS only label the
-- line (wrk does not tell a script its -c and -t).
--   WRK_PATHS=paths.txt wrk -t2 -c16 -d30s -s docs/bench/wrk-queries.lua http://127.0.0.1:8080

local function error(msg)  -- wrk would go on with its default path after a script error
  io.stderr:write("wrk-queries.lua: " .. msg .. "\n")
  os.exit(2)
end

local function load_paths()
  local name = os.getenv("WRK_PATHS")
  if name == nil or name == "" then
    error("WRK_PATHS is not set: name a file of request paths, one a line")
  end
  local f, err = io.open(name, "r")
  if f == nil then
    error("WRK_PATHS=" .. name .. ": " .. tostring(err))
  end
  local list = {}
  for line in f:lines() do
    line = line:gsub("\r$", "")
    if line ~= "" then
      if line:sub(1, 1) ~= "/" then
        error(name .. ": a path must start with '/': " .. line)
      end
      list[#list + 1] = line
    end
  end
  f:close()
  if #list == 0 then
    error(name .. ": no paths")
  end
  return list
end

-- Runs in the main state and in each thread's state.
paths = load_paths()

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  threads[#threads + 1] = thread
end

-- Per-thread counters are globals: done() reads them with thread:get().
local next_index
non2xx = 0
responses = 0

function init(args)
  -- Threads start spread over the list so that they do not all ask the same query at once.
  local threads_env = tonumber(os.getenv("WRK_THREADS") or "1") or 1
  next_index = math.floor(((id or 1) - 1) * #paths / math.max(threads_env, 1)) % #paths + 1
  non2xx = 0
  responses = 0
end

function request()
  local p = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format(nil, p)
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

local function num(x)
  if x == nil or x ~= x or x == math.huge or x == -math.huge then
    return "null"
  end
  return string.format("%.3f", x)
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    '{"connections":%s,"threads":%s,"paths":%d,"requests":%d,"duration_s":%s,"throughput_rps":%s,' ..
    '"latency_ms":{"p50":%s,"p90":%s,"p99":%s,"mean":%s,"max":%s},"bytes":%d,' ..
    '"errors":{"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"total":%d}}\n',
    os.getenv("WRK_CONNECTIONS") or "null", os.getenv("WRK_THREADS") or "null", #paths,
    summary.requests, num(seconds), num(summary.requests / seconds),
    num(latency:percentile(50) / 1000), num(latency:percentile(90) / 1000), num(latency:percentile(99) / 1000),
    num(latency.mean / 1000), num(latency.max / 1000), summary.bytes,
    bad, e.connect, e.read, e.write, e.timeout, bad + socket_errors))
end
