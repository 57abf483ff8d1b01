-- wrk script: POST the same realistic request each time, with the key from the environment,
-- and print the percentiles wrk's --latency leaves out (99.9) in a line run.sh reads.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOTSEN_KEY")
wrk.body = '{"childAgeMonths": 14, "needs": [{"category": "SLEEP", "severity": "MODERATE"}, {"category": "FINANCES"}],'
        .. ' "riskFactors": ["PARENTAL_CONFLICT"], "protectiveFactors": ["SOCIAL_NETWORK"], "centre": "FC_NORR"}'

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d socket=%d timeouts=%d rps=%.1f p50_us=%d p99_us=%d p999_us=%d\n",
    summary.requests, summary.errors.status + socket, summary.errors.status, socket, summary.errors.timeout,
    summary.requests / seconds,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end
