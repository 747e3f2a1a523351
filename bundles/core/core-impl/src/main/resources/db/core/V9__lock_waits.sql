-- Derby: identity values (audit record ids among them) are handed out in ranges of 1000 instead of 100,
-- so concurrent inserts rarely meet on the generator's catalog row (which Derby reports as a lock it
-- could not obtain); a lock wait that lasts 3 s is checked for a deadlock (one of the transactions is
-- then rolled back at once, and run again by the server) instead of after 20 s, which must stay
-- below the wait timeout to be of use; and a lock wait gives up after 15 s instead of 60, so a request
-- that meets one is run once more, and otherwise answered 503 with Retry-After.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '1000');
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '3');
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '15');
