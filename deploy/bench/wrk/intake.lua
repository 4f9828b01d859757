-- POST /api/v1/referrals as a partner agency: a different invented family and a fresh
-- Idempotency-Key on every request (so every request really creates a referral).
-- Environment: BENCH_TOKEN, BENCH_BABY_DOB, BENCH_CONSENT_DATE, BENCH_EXPECT=201, BENCH_LIB.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")

local token = os.getenv("BENCH_TOKEN")
local baby_dob = os.getenv("BENCH_BABY_DOB")
local consent_date = os.getenv("BENCH_CONSENT_DATE")
local postcodes = {"OX11 7HJ", "OX11 8AB", "OX10 9DE", "OX12 8EF", "OX13 6GH", "OX14 4JL"}
local concerns = {'"LOW_MOOD"', '"ANXIETY"', '"BONDING_DIFFICULTY"', '"BIRTH_TRAUMA"'}
counter = 0

function init(args)
  math.randomseed(os.time() * 100 + tid)
end

local function letters(n)
  local s = string.char(math.random(65, 90))
  for _ = 2, n do s = s .. string.char(math.random(97, 122)) end
  return s
end

-- An NHS number from the 999 test range with a correct modulus-11 check digit.
local function nhs_number()
  while true do
    local d = {9, 9, 9}
    for i = 4, 9 do d[i] = math.random(0, 9) end
    local sum = 0
    for i = 1, 9 do sum = sum + d[i] * (11 - i) end
    local check = 11 - (sum % 11)
    if check == 11 then check = 0 end
    if check ~= 10 then return table.concat(d) .. check end
  end
end

local function body()
  return string.format([[{"referrer":{"name":"Bench Visitor","role":"HEALTH_VISITOR","organisation":"Bench Health Visiting Team","email":"bench@example.org","phone":"01632 960000"},"parents":[{"givenName":"%s","familyName":"%s","dateOfBirth":"19%02d-%02d-%02d","nhsNumber":"%s","postcode":"%s","phone":"07700 900%03d","email":"parent@example.org"}],"baby":{"dateOfBirth":"%s"},"concerns":[%s],"details":"Invented family for a benchmark.","consent":{"given":true,"date":"%s"},"fundingStream":"DIDCOT_POWERHOUSE"}]],
    letters(7), letters(9), math.random(80, 99), math.random(1, 12), math.random(1, 28), nhs_number(),
    postcodes[math.random(#postcodes)], math.random(0, 999), baby_dob, concerns[math.random(#concerns)], consent_date)
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
