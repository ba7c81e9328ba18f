-- A GET (the path given to wrk), optionally with a bearer token: BENCH_TOKEN. A 2xx answer is good.
dofile(os.getenv("BENCH_DIR_LUA") .. "/report.lua")

local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

function init(args)
  good, bad, unsure = 0, 0, 0
end

function response(status, headers, body)
  if status >= 200 and status < 300 then good = good + 1 else bad = bad + 1 end
  wrk.thread:set("good", good)
  wrk.thread:set("bad", bad)
end
