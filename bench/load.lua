-- wrk script for bench/load.sh: replays the seeded request list at a fixed overall rate,
-- then prints p50/p95/p99 latency and the error count.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_usec; } timeval;
int gettimeofday(timeval *tv, void *tz);
]]
local tv = ffi.new("timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local requests = {}
local threads = {}
local index = 0
local interval_ms = 0
local next_slot = 0

function setup(thread)
  thread:set("id", index)
  index = index + 1
  table.insert(threads, thread)
end

function init(args)
  -- args: request file, target requests per second, number of wrk threads
  interval_ms = 1000 * tonumber(args[3]) / tonumber(args[2])
  for line in io.lines(args[1]) do
    local path, header = line:match("^([^\t]+)\t(.+)$")
    local name, value = header:match("^([^:]+):%s*(.+)$")
    requests[#requests + 1] = wrk.format("GET", path, { [name] = value })
  end
  counter = id or 0
  not_ok = 0
end

function delay()
  -- Requests go out on a fixed schedule (this thread's share of the rate), whatever the responses take,
  -- as long as a connection is free; a slow server cannot lower the offered load by answering slowly.
  local now = now_ms()
  next_slot = math.max(next_slot + interval_ms, now - interval_ms)
  return math.max(0, next_slot - now)
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

-- Every request in the list must answer 200: a redirect (to the sign-in or set-up page) is a failure too,
-- though wrk itself only counts 4xx and 5xx.
function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests_)
  local errors = summary.errors
  local not_200 = 0
  for _, thread in ipairs(threads) do
    not_200 = not_200 + thread:get("not_ok")
  end
  local failed = errors.connect + errors.read + errors.write + errors.timeout + not_200
  io.write(string.format("requests: %d in %.1f s (%.1f per second)\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50: %.1f ms  p95: %.1f ms  p99: %.1f ms  max: %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("errors: %d (connect %d, read %d, write %d, timeout %d, not 200 %d)\n", failed,
    errors.connect, errors.read, errors.write, errors.timeout, not_200))
end
