-- Sends each request of a file once, one connection per wrk thread, then stops: for loads that use up their work
-- (approvals, each of its own project). Arguments after "--": the file (one "path<TAB>key<TAB>body" per line, POSTed
-- with the headers given by -H and, when the key is not empty, an Idempotency-Key) and the number of threads. Thread k
-- takes lines k, k + threads, ... Each thread prints "cnnt-wrk-thread-done" when its lines are used up;
-- vn.cnnt.bench.Wrk then interrupts wrk (SIGINT ends its run early), which reports through wrk-report.lua's done().
-- Run from the repository's root.
dofile("deploy/bench/wrk-report.lua")

-- The run is timed from the first request sent to the last answer: wrk's own clock starts after its threads do.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } cnnt_timespec;
  int clock_gettime(int clock, cnnt_timespec *t);
]]
local now_buffer = ffi.new("cnnt_timespec")
local function now_us()
  ffi.C.clock_gettime(1, now_buffer) -- CLOCK_MONOTONIC
  return tonumber(now_buffer.tv_sec) * 1000000 + math.floor(tonumber(now_buffer.tv_nsec) / 1000)
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file, count = args[1], tonumber(args[2])
  requests, next_request = {}, 1
  statuses = {}
  local n = 0
  for line in io.lines(file) do
    if n % count == id then
      local path, key, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      local headers = nil
      if key ~= "" then
        headers = {}
        for name, value in pairs(wrk.headers) do
          headers[name] = value
        end
        headers["Idempotency-Key"] = key
      end
      table.insert(requests, wrk.format("POST", path, headers, body))
    end
    n = n + 1
  end
end

-- A thread's one connection asks for its next request only after an answer, or again after a write that failed
-- (wrk then reconnects and sends nothing of the first): the request is used up by its answer, never by asking.
function request()
  first_us = first_us or now_us()
  return requests[next_request]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  next_request = next_request + 1
  if next_request > #requests then
    last_us = now_us()
    io.write("cnnt-wrk-thread-done\n")
    io.flush()
    wrk.thread:stop()
  end
end

local report = done
function done(summary, latency, requests)
  local all, first, last = {}, nil, 0
  for _, thread in ipairs(threads) do
    local f = thread:get("first_us")
    first = (first == nil or f < first) and f or first
    last = math.max(last, thread:get("last_us"))
    for status, count in pairs(thread:get("statuses")) do
      all[status] = (all[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(all) do
    table.insert(parts, status .. "=" .. count)
  end
  table.sort(parts)
  io.write("cnnt-wrk-statuses {" .. table.concat(parts, ", ") .. "}\n")
  io.write(string.format("cnnt-wrk-span span_us=%d\n", last - first))
  report(summary, latency, requests)
end
