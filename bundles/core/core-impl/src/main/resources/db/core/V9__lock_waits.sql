-- Derby: identity values (audit record ids among them) are handed out in ranges of 1000 instead of 100,
-- so concurrent inserts rarely meet on the generator's catalog row (which Derby reports as a lock it
-- could not obtain); and a lock wait gives up after 15 s instead of 60, so a request that meets one is
-- run once more, and otherwise answered 503 with Retry-After, well within a client's patience.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '1000');
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '15');
