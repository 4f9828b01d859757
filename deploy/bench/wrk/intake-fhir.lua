-- POST /fhir/r4/ServiceRequest as a partner agency: the same invented families as intake.lua, sent as a
-- FHIR R4 Bundle (ServiceRequest, Patient, baby, Consent, PractitionerRole, Practitioner, Organization) with a
-- fresh Idempotency-Key on every request (so every request really creates a referral).
-- Environment: BENCH_TOKEN, BENCH_BABY_DOB, BENCH_CONSENT_DATE, BENCH_EXPECT=201, BENCH_LIB.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")
dofile(os.getenv("BENCH_LIB") .. "/family.lua")

local token = os.getenv("BENCH_TOKEN")
local baby_dob = os.getenv("BENCH_BABY_DOB")
local consent_date = os.getenv("BENCH_CONSENT_DATE")
counter = 0

local function entry(n, resource)
  return string.format([[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-00000000000%d","resource":%s,"request":{"method":"POST","url":"%s"}}]],
    n, resource, resource:match('"resourceType":"(%a+)"'))
end

local function body()
  local f = family()
  local ref = function(n) return string.format([[{"reference":"urn:uuid:00000000-0000-4000-8000-00000000000%d"}]], n) end
  return '{"resourceType":"Bundle","type":"transaction","entry":[' .. table.concat({
    entry(1, string.format([[{"resourceType":"ServiceRequest","status":"active","intent":"order","subject":%s,"requester":%s,"reasonCode":[{"coding":[{"system":"https://oxpip.org/fhir/CodeSystem/concern","code":"%s"}]}],"supportingInfo":[%s],"note":[{"text":"Invented family for a benchmark."}]}]],
      ref(2), ref(5), f.concern, ref(3))),
    entry(2, string.format([[{"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%s"}],"name":[{"family":"%s","given":["%s"]}],"telecom":[{"system":"phone","value":"%s"},{"system":"email","value":"parent@example.org"}],"birthDate":"%s","address":[{"postalCode":"%s"}]}]],
      f.nhs, f.family, f.given, f.phone, f.born, f.postcode)),
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
