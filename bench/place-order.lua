-- P1: places orders (POST /api/orders), each with its own Idempotency-Key, on the bookings bench/run
-- found free (GET /api/availability): BENCH_BOOKINGS is a Lua file returning a list of
-- {service, commune, postalCode, date, quantity}, each one free place; thread i takes every n-th.
-- An answer is "good" when it shows the job offered (a jobId, the order not UNASSIGNED), "unsure" when
-- it is 2xx but the dispatch is still pending (the outbox will send it), "bad" otherwise.
dofile(os.getenv("BENCH_DIR_LUA") .. "/report.lua")

local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local threads_total = tonumber(os.getenv("BENCH_THREADS") or "2")

function init(args)
  bookings = dofile(os.getenv("BENCH_BOOKINGS"))
  id = wrk.thread:get("id")
  next_index = id + 1
  sent = 0
  good, bad, unsure = 0, 0, 0
end

function request()
  local b = bookings[next_index]
  if b == nil then
    -- out of free places: the same booking again would be DAY_FULL (counted as an error of the setup)
    b = bookings[((next_index - 1) % #bookings) + 1]
  end
  next_index = next_index + threads_total
  sent = sent + 1
  local body = string.format(
    '{"serviceId":"%s","quantity":%d,"communeInsee":"%s","address":{"line1":"1 place de la Gare","postalCode":"%s"},'
    .. '"slot":{"date":"%s","from":"10:00","to":"12:00"},"billing":"PERSONAL"}',
    b[1], b[5], b[2], b[3], b[4])
  return wrk.format("POST", "/api/orders", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, id, sent),
  }, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    if body:find('"state":"UNASSIGNED"', 1, true) then
      bad = bad + 1
    elseif body:find('"jobId":"', 1, true) then
      good = good + 1
    else
      unsure = unsure + 1
    end
  else
    bad = bad + 1
    if bad <= 3 then io.stderr:write("P1 answer " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
  wrk.thread:set("good", good)
  wrk.thread:set("bad", bad)
  wrk.thread:set("unsure", unsure)
end
