-- wrk script: every request issues a new operating licence with its own Idempotency-Key.
local counter = 0
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end
function init(args)
  token = os.getenv("TOKEN")
end
request = function()
  counter = counter + 1
  local body = '{"kind":"OPERATING","scope":"NEW","holder":{"name":"شرکت پلیمر البرز قم","nationalId":"10380284790"},'
    .. '"province":"IR-25","county":"قم","estateCode":"IR-25-T01","activityCode":"2520",'
    .. '"fixedInvestmentRials":"660377358490","jobs":57,"issuedOn":"2025-05-10"}'
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = "bench-" .. tostring(tid) .. "-" .. tostring(counter) .. "-" .. tostring(os.time()),
  }
  return wrk.format("POST", "/permits", headers, body)
end
