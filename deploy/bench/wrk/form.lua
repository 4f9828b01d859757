-- POST a form (application/x-www-form-urlencoded) again and again, e.g. a token request to Keycloak.
-- Environment: BENCH_PATH, BENCH_FORM, BENCH_EXPECT=200, BENCH_LIB.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")

local path = os.getenv("BENCH_PATH")
local form = os.getenv("BENCH_FORM")

function request()
  return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded"}, form)
end
