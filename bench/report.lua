-- Shared by the bench's wrk scripts: each thread counts what its answers said, and done() prints one
-- line that bench/run reads (latencies in microseconds). wrk counts a non-2xx/3xx answer in
-- summary.errors.status; "bad" counts answers that were 2xx but not what the row wants (e.g. an order
-- whose answer does not show its job offered).
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function report_done(summary, latency, requests)
  local good, bad, unsure = 0, 0, 0
  for _, thread in ipairs(threads) do
    good = good + (thread:get("good") or 0)
    bad = bad + (thread:get("bad") or 0)
    unsure = unsure + (thread:get("unsure") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d good=%d bad=%d unsure=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout, good, bad, unsure))
end

done = report_done
