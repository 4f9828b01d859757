-- POST /fhir/r4/ServiceRequest as a partner agency: the same invented families as intake.lua, sent as a
-- FHIR R4 Bundle (ServiceRequest, Patient, baby, Consent, PractitionerRole, Practitioner, Organization) with a
-- fresh Idempotency-Key on every request (so every request really creates a referral).
-- Environment: BENCH_TOKEN, BENCH_BABY_DOB, BENCH_CONSENT_DATE, BENCH_EXPECT=201, BENCH_LIB.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")

local token = os.getenv("BENCH_TOKEN")
local baby_dob = os.getenv("BENCH_BABY_DOB")
local consent_date = os.getenv("BENCH_CONSENT_DATE")
local postcodes = {"OX11 7HJ", "OX11 8AB", "OX10 9DE", "OX12 8EF", "OX13 6GH", "OX14 4JL"}
local concerns = {"LOW_MOOD", "ANXIETY", "BONDING_DIFFICULTY", "BIRTH_TRAUMA"}
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

local function entry(n, resource)
  return string.format([[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-00000000000%d","resource":%s,"request":{"method":"POST","url":"%s"}}]],
    n, resource, resource:match('"resourceType":"(%a+)"'))
end

local function body()
  local ref = function(n) return string.format([[{"reference":"urn:uuid:00000000-0000-4000-8000-00000000000%d"}]], n) end
  return '{"resourceType":"Bundle","type":"transaction","entry":[' .. table.concat({
    entry(1, string.format([[{"resourceType":"ServiceRequest","status":"active","intent":"order","subject":%s,"requester":%s,"reasonCode":[{"coding":[{"system":"https://oxpip.org/fhir/CodeSystem/concern","code":"%s"}]}],"supportingInfo":[%s],"note":[{"text":"Invented family for a benchmark."}]}]],
      ref(2), ref(5), concerns[math.random(#concerns)], ref(3))),
    entry(2, string.format([[{"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%s"}],"name":[{"family":"%s","given":["%s"]}],"telecom":[{"system":"phone","value":"07700 900%03d"},{"system":"email","value":"parent@example.org"}],"birthDate":"19%02d-%02d-%02d","address":[{"postalCode":"%s"}]}]],
      nhs_number(), letters(9), letters(7), math.random(0, 999), math.random(80, 99), math.random(1, 12), math.random(1, 28),
      postcodes[math.random(#postcodes)])),
    entry(3, string.format([[{"resourceType":"Patient","birthDate":"%s"}]], baby_dob)),
    entry(4, string.format([[{"resourceType":"Consent","status":"active","scope":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/consentscope","code":"patient-privacy"}]},"category":[{"coding":[{"system":"http://loinc.org","code":"59284-0"}]}],"patient":%s,"dateTime":"%s"}]],
      ref(2), consent_date)),
    entry(5, string.format([[{"resourceType":"PractitionerRole","practitioner":%s,"organization":%s,"code":[{"coding":[{"system":"https://oxpip.org/fhir/CodeSystem/source-type","code":"HEALTH_VISITOR"}]}],"telecom":[{"system":"email","value":"bench@example.org"}]}]],
      ref(6), ref(7))),
    entry(6, [[{"resourceType":"Practitioner","name":[{"text":"Bench Visitor"}]}]]),
    entry(7, [[{"resourceType":"Organization","name":"Bench Health Visiting Team"}]]),
  }, ",") .. "]}"
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/fhir+json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("bench-fhir-%d-%d-%d", tid, counter, math.random(1, 1000000000)),
  }
  return wrk.format("POST", "/fhir/r4/ServiceRequest", headers, body())
end
