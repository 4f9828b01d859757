-- GET a list of paths in turn with a bearer token (none when BENCH_TOKEN is empty).
-- Environment: BENCH_TOKEN, BENCH_PATHS_FILE (one path a line), BENCH_EXPECT=200, BENCH_LIB.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")

local token = os.getenv("BENCH_TOKEN") or ""
local paths = lines_of(os.getenv("BENCH_PATHS_FILE"))
counter = 0

function init(args)
  counter = tid * 7919
end

function request()
  counter = counter + 1
  local headers = {}
  if token ~= "" then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("GET", paths[(counter % #paths) + 1], headers, nil)
end
