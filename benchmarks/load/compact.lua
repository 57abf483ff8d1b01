-- wrk script: suggest.lua's request and report, asking for the compact Swedish answer (?view=compact&lang=sv).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "suggest.lua")
wrk.path = "/pathways/suggest?view=compact&lang=sv"
