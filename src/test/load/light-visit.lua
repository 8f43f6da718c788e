-- wrk script: every request posts the light example visit to /v1/assessments.
-- Run from the project folder: wrk -t2 -c16 -d30s --latency -s src/test/load/light-visit.lua http://127.0.0.1:8080
local file = assert(io.open("examples/visit.json", "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

local failures = 0
function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", summary.errors.status))
end
