-- Shared by the wrk scripts: counts the answers by status and prints one machine-readable line.
-- Environment: BENCH_EXPECT (the status that counts as success, e.g. 201).
-- Each wrk thread has its own Lua state: setup() numbers them (global `tid`), done() adds them up.

expect = tonumber(os.getenv("BENCH_EXPECT") or "200")
threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

n_ok, n_bad, first_bad = 0, 0, 0

function response(status, headers, body)
  if status == expect then
    n_ok = n_ok + 1
  else
    n_bad = n_bad + 1
    if first_bad == 0 then first_bad = status end
  end
end

function done(summary, latency, requests)
  local ok, bad, fb = 0, 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("n_ok")
    bad = bad + t:get("n_bad")
    if fb == 0 then fb = t:get("first_bad") end
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.2f ok=%d bad=%d first_bad=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f socket_errors=%d timeouts=%d\n",
    summary.requests, seconds, ok / seconds, ok, bad, fb,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.connect + e.read + e.write, e.timeout))
end

-- Lines of a file, e.g. referral ids.
function lines_of(path)
  local t = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(t, line) end
  end
  return t
end
