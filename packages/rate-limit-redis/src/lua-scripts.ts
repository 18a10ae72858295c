// The steps of @intercom-kit/rate-limit's `takeSlot` and `learn`, in Lua, so
// that reading and writing a bucket is one atomic step however many processes
// share it. Keep them in line with packages/rate-limit/src/bucket.ts; the
// tests run both on the same sequences and compare.
//
// A bucket is one hash: limit (0 unknown, -1 no headers), remaining, resetAt,
// blockedUntil, probeUntil (ms), carried. Every write sets a TTL past the last time
// that matters, so a crashed worker's probe or a stale bucket goes away alone.

const READ_BUCKET = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local f = redis.call('HMGET', key, 'limit', 'remaining', 'resetAt', 'blockedUntil', 'probeUntil',
  'carried')
local limit = tonumber(f[1]) or 0
local remaining = tonumber(f[2]) or 0
local resetAt = tonumber(f[3]) or 0
local blockedUntil = tonumber(f[4]) or 0
local probeUntil = tonumber(f[5]) or 0
local carried = tonumber(f[6]) or 0
local function int(n) return string.format('%.0f', n) end
local function save()
  redis.call('HSET', key, 'limit', int(limit), 'remaining', int(remaining), 'resetAt', int(resetAt),
    'blockedUntil', int(blockedUntil), 'probeUntil', int(probeUntil), 'carried', int(carried))
  local expiry = math.max(now, resetAt, blockedUntil, probeUntil) + 6 * windowMs
  redis.call('PEXPIRE', key, int(expiry - now))
end
`;

/** ARGV: now, windowMs, probeMs, probePollMs, edgeMs. Returns {granted 0|1, waitMs, reason}. */
export const ACQUIRE_SCRIPT = `${READ_BUCKET}
local probeMs = tonumber(ARGV[3])
local probePollMs = tonumber(ARGV[4])
local edgeMs = tonumber(ARGV[5])
local result
if blockedUntil > now then
  result = {0, blockedUntil - now, 'blocked'}
elseif limit == -1 then
  result = {1, 0, ''}
elseif limit == 0 then
  if probeUntil > now then
    result = {0, math.min(probeUntil - now, probePollMs), 'probe'}
  else
    probeUntil = now + probeMs
    result = {1, 0, ''}
  end
else
  if resetAt <= now then
    local windows = 1
    if resetAt == 0 then
      resetAt = now + windowMs
    else
      windows = math.floor((now - resetAt) / windowMs) + 1
      resetAt = resetAt + windows * windowMs
    end
    if windows == 1 then
      remaining = math.max(0, limit - carried)
    else
      remaining = limit
    end
    carried = 0
  end
  if remaining > 0 then
    remaining = remaining - 1
    if resetAt - now < edgeMs then carried = carried + 1 end
    result = {1, 0, ''}
  else
    result = {0, resetAt - now, 'window'}
  end
end
save()
return result
`;

/** ARGV: now, windowMs, status, limit, remaining, resetAt, retryAfterMs ('' when absent). */
export const OBSERVE_SCRIPT = `${READ_BUCKET}
local status = tonumber(ARGV[3])
local seenLimit = tonumber(ARGV[4])
local seenRemaining = tonumber(ARGV[5])
local seenReset = tonumber(ARGV[6])
local retryAfter = tonumber(ARGV[7])
probeUntil = 0
if seenLimit and seenLimit > 0 then limit = seenLimit end
if status == 429 then
  local untilMs
  if retryAfter then
    untilMs = now + retryAfter
  elseif seenReset then
    untilMs = seenReset
  else
    untilMs = now + windowMs
  end
  blockedUntil = math.max(blockedUntil, untilMs)
  remaining = 0
  if seenReset and seenReset > resetAt then
    resetAt = seenReset
    carried = 0
  end
elseif status == 0 then
  -- no response: nothing learned, the probe is released
elseif seenRemaining == nil or seenReset == nil then
  if limit == 0 then limit = -1 end
elseif seenReset > resetAt then
  resetAt = seenReset
  remaining = math.max(0, seenRemaining - carried)
  carried = 0
elseif seenReset == resetAt then
  remaining = math.min(remaining, seenRemaining)
end
save()
return 1
`;
