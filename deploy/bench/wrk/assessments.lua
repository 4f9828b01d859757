-- POST /api/v1/assessments as a clinician, over a few hundred ACCEPTED referrals in turn.
-- Environment: BENCH_TOKEN, BENCH_IDS_FILE (referral ids, one a line), BENCH_TODAY, BENCH_EXPECT=201, BENCH_LIB.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")

local token = os.getenv("BENCH_TOKEN")
local today = os.getenv("BENCH_TODAY")
local ids = lines_of(os.getenv("BENCH_IDS_FILE"))
counter = 0

function init(args)
  math.randomseed(os.time() * 100 + tid)
  counter = tid * 7919
end

local function answers(n)
  local a = {}
  for i = 1, n do a[i] = math.random(0, 3) end
  return a
end

function request()
  counter = counter + 1
  local id = ids[(counter % #ids) + 1]
  local instrument, a
  if counter % 2 == 0 then
    a = answers(9)
    a[9] = 0 -- item 9 (self-harm) negative: no risk alert on every other request
    instrument = "PHQ9"
  else
    a = answers(7)
    instrument = "GAD7"
  end
  local body = string.format(
    '{"referralId":"%s","instrument":"%s","timepoint":"BASELINE","respondent":"PARENT_1","completedOn":"%s","answers":[%s]}',
    id, instrument, today, table.concat(a, ","))
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
  return wrk.format("POST", "/api/v1/assessments", headers, body)
end
