-- Prints wrk's figures on one line that deploy/local's bench (vn.cnnt.bench.Wrk) reads: completed requests, the run's
-- duration, latency percentiles and the maximum (microseconds), and the errors by kind.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "cnnt-wrk requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
