-- Shared by intake.lua and intake-fhir.lua: a different invented family on every request, the same in both
-- shapes. Each wrk thread seeds its own generator (init), so threads never send the same family.
postcodes = {"OX11 7HJ", "OX11 8AB", "OX10 9DE", "OX12 8EF", "OX13 6GH", "OX14 4JL"}
concerns = {"LOW_MOOD", "ANXIETY", "BONDING_DIFFICULTY", "BIRTH_TRAUMA"}

function init(args)
  math.randomseed(os.time() * 100 + tid)
end

function letters(n)
  local s = string.char(math.random(65, 90))
  for _ = 2, n do s = s .. string.char(math.random(97, 122)) end
  return s
end

-- An NHS number from the 999 test range with a correct modulus-11 check digit.
function nhs_number()
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

-- One invented parent: names, date of birth, NHS number, postcode, phone number, and the family's concern.
function family()
  return {
    given = letters(7), family = letters(9),
    born = string.format("19%02d-%02d-%02d", math.random(80, 99), math.random(1, 12), math.random(1, 28)),
    nhs = nhs_number(), postcode = postcodes[math.random(#postcodes)],
    phone = string.format("07700 900%03d", math.random(0, 999)), concern = concerns[math.random(#concerns)],
  }
end
