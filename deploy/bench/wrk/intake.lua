-- POST /api/v1/referrals as a partner agency: a different invented family and a fresh
-- Idempotency-Key on every request (so every request really creates a referral).
-- Environment: BENCH_TOKEN, BENCH_BABY_DOB, BENCH_CONSENT_DATE, BENCH_EXPECT=201, BENCH_LIB.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")
dofile(os.getenv("BENCH_LIB") .. "/family.lua")

local token = os.getenv("BENCH_TOKEN")
local baby_dob = os.getenv("BENCH_BABY_DOB")
local consent_date = os.getenv("BENCH_CONSENT_DATE")
counter = 0

local function body()
  local f = family()
  return string.format([[{"referrer":{"name":"Bench Visitor","role":"HEALTH_VISITOR","organisation":"Bench Health Visiting Team","email":"bench@example.org","phone":"01632 960000"},"parents":[{"givenName":"%s","familyName":"%s","dateOfBirth":"%s","nhsNumber":"%s","postcode":"%s","phone":"%s","email":"parent@example.org"}],"baby":{"dateOfBirth":"%s"},"concerns":["%s"],"details":"Invented family for a benchmark.","consent":{"given":true,"date":"%s"},"fundingStream":"DIDCOT_POWERHOUSE"}]],
    f.given, f.family, f.born, f.nhs, f.postcode, f.phone, baby_dob, f.concern, consent_date)
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", tid, counter, math.random(1, 1000000000)),
  }
  return wrk.format("POST", "/api/v1/referrals", headers, body())
end
