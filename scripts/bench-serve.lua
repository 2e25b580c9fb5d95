-- wrk script for scripts/bench-serve.sh: every connection (one per thread)
-- answers for its share of the learners in turn: POST an answer for the
-- learner's current card, read the next card from the reply, go on with the
-- next learner. Arguments: the learners file (NAME TOKEN CARD a line) and
-- the number of threads.
local count = 0
function setup(thread)
  thread:set("tid", count)
  count = count + 1
end

local mine = {}
local at = 1

function init(args)
  local threads = tonumber(args[2])
  local i = 0
  for line in io.lines(args[1]) do
    local name, token, card = line:match("^(%S+) (%S+) (%S+)$")
    if i % threads == tid then
      mine[#mine + 1] = { name = name, token = token, card = card, n = 0, done = false }
    end
    i = i + 1
  end
end

function request()
  local l = mine[at]
  local body = '{"card":"' .. l.card .. '","grade":4,"id":"' .. l.name .. '-' .. l.n .. '"}'
  return wrk.format("POST", "/v1/review/answers",
    { ["Authorization"] = "Bearer " .. l.token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  local l = mine[at]
  if status == 201 then
    l.n = l.n + 1
    local next = body:find('"next":{', 1, true)
    if next then l.card = body:match('"id":"(%x+)"', next) else l.done = true end
  end
  -- the next learner with cards left (a learner done for the day is skipped)
  for _ = 1, #mine do
    at = at % #mine + 1
    if not mine[at].done then return end
  end
end
