-- Tracking look-ups for wrk (bench/run.sh): each request looks up a random acknowledged appeal from
-- ACKS (key,number,mobile per line, as load-appeals writes it), from the citizen's own address as
-- the city's proxy forwards it -- the same address load-appeals' LoadRequests.citizenAddress gives.
-- wrk is C: on a 2-core machine the driver's CPU is taken from the app it measures (docs/benchmarks.md).
local targets = {}
local counter = 0

-- Java's String.hashCode, so both drivers send a number's look-ups from the same address
local function java_hash(s)
  local h = 0
  for i = 1, #s do h = bit.tobit(h * 31 + s:byte(i)) end
  return h
end

local function citizen_address(number)
  local h = bit.band(java_hash(number), 0x7fffffff)
  return string.format("%d.%d.%d.%d", 100 + bit.rshift(h, 24) % 26, bit.band(bit.rshift(h, 16), 0xff),
    bit.band(bit.rshift(h, 8), 0xff), bit.band(h, 0xff))
end

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  local file = os.getenv("ACKS") or "acks.csv"
  for line in io.lines(file) do
    local number, mobile = line:match("^[^,]*,([^,]+),([^,]+)$")
    if number then
      targets[#targets + 1] = wrk.format("GET", "/api/appeals/track?number=" .. number .. "&last4=" .. mobile:sub(-4),
        { ["Accept"] = "application/json", ["X-Forwarded-For"] = citizen_address(number) })
    end
  end
  if #targets == 0 then error("no acknowledged appeals in " .. file) end
  math.randomseed(os.time() * 100 + (id or 0))
end

function request()
  return targets[math.random(#targets)]
end
