-- wrk script for a fixed total rate: the request and report of suggest.lua, and every connection waits between
-- requests so that all of them together send LOTSEN_RATE requests a second (wrk's delay() hook).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "suggest.lua")

local interval_ms = 1000 * tonumber(os.getenv("LOTSEN_CONNECTIONS")) / tonumber(os.getenv("LOTSEN_RATE"))

delay = function()
  return interval_ms
end
