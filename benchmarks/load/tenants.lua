-- wrk script: POST the same realistic request as suggest.lua, each request with the next key of LOTSEN_KEYS (comma
-- separated, one key per tenant), so the server answers every tenant in turn; prints a line tenants.sh reads.
local keys = {}
for key in string.gmatch(os.getenv("LOTSEN_KEYS"), "[^,]+") do keys[#keys + 1] = key end
local body = '{"childAgeMonths": 14, "needs": [{"category": "SLEEP", "severity": "MODERATE"}, {"category": "FINANCES"}],'
        .. ' "riskFactors": ["PARENTAL_CONFLICT"], "protectiveFactors": ["SOCIAL_NETWORK"], "centre": "FC_NORR"}'
local next = 0

request = function()
  next = next % #keys + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. keys[next] }, body)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50_us=%d p99_us=%d\n",
    summary.requests, summary.errors.status + socket, summary.errors.status, summary.requests / seconds,
    latency:percentile(50), latency:percentile(99)))
end
