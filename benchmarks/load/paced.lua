-- wrk script for a fixed total rate: every connection waits between requests so that all of them
-- together send LOTSEN_RATE requests a second (wrk's delay() hook), and prints what was achieved.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOTSEN_KEY")
wrk.body = '{"childAgeMonths": 14, "needs": [{"category": "SLEEP", "severity": "MODERATE"}, {"category": "FINANCES"}],'
        .. ' "riskFactors": ["PARENTAL_CONFLICT"], "protectiveFactors": ["SOCIAL_NETWORK"], "centre": "FC_NORR"}'

local interval_ms = 1000 * tonumber(os.getenv("LOTSEN_CONNECTIONS")) / tonumber(os.getenv("LOTSEN_RATE"))

delay = function()
  return interval_ms
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_us=%d p99_us=%d p999_us=%d\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.requests / seconds,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end
