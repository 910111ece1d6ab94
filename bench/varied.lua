-- wrk script: every request is a different claims listing of the kind the dashboard's evidence table asks for
-- (an origin, a destination, sometimes a measure, a sort and a page drawn at random), so almost every request
-- misses the output cache and reaches the store.
local destinations = { "PL", "BR", "RO", "PE", "KZ", "TD", "HU", "TR", "PK", "EG", "FI", "RS", "AM", "GE", "CO",
  "DE", "EC", "IR", "MD", "MN" }
local origins = { "RU", "UA", "VE", "SD", "AF" }
local measures = { "", "&measure=arrivals", "&measure=departures" }
local sorts = { "-to", "to", "-low", "source" }
math.randomseed(os.time())
request = function()
  local path = string.format("/api/claims?origin=%s&destination=%s%s&sort=%s&page=%d&page_size=50",
    origins[math.random(#origins)], destinations[math.random(#destinations)], measures[math.random(#measures)],
    sorts[math.random(#sorts)], math.random(1, 20))
  return wrk.format("GET", path)
end
