-- The generic plans PostgreSQL runs from a prepared statement's 6th execution on (the timed calls; the plans file
-- holds the first, custom, plans), with and without JIT, for the bench site and the month period of a seed made on
-- 2026-12-03 (from = epoch day 20758, until = 20788; for another seed day take them from the plans file).
--   PGPASSWORD=mission_it psql -h 127.0.0.1 -U mission_it mission_bench_housing -f benchmarks/housing-nights/generic-plans.sql
-- a: HousingMapper.siteNights as MyBatis sends it; a1: the same with the caseload rule in one NOT EXISTS (P, the
-- proposed change); b: the hand-written B; pa, pb: sitePlaced and B's count.
SET plan_cache_mode = force_generic_plan;
PREPARE a(bigint,bigint,bigint,bigint,text,bigint,bigint) AS SELECT s.kind, SUM(((CASE WHEN s.end_day IS NULL OR s.end_day > $1 THEN $2 ELSE s.end_day END) - (CASE WHEN s.start_day < $3 THEN $4 ELSE s.start_day END))) AS nights FROM hs_enrollment e JOIN hs_status s ON s.participant_id = e.participant_id WHERE e.site = $5 AND (e.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR (NOT EXISTS (SELECT 1 FROM hs_enrollment o WHERE o.participant_id = e.participant_id AND o.status IN ('REFERRED', 'ENROLLED', 'ACTIVE')) AND NOT EXISTS (SELECT 1 FROM hs_enrollment l WHERE l.participant_id = e.participant_id AND (l.start_date > e.start_date OR (l.start_date = e.start_date AND l.enrollment_id > e.enrollment_id))))) AND s.start_day < $6 AND (s.end_day IS NULL OR s.end_day > $7) GROUP BY s.kind;
PREPARE a1(bigint,bigint,bigint,bigint,text,bigint,bigint) AS SELECT s.kind, SUM(((CASE WHEN s.end_day IS NULL OR s.end_day > $1 THEN $2 ELSE s.end_day END) - (CASE WHEN s.start_day < $3 THEN $4 ELSE s.start_day END))) AS nights FROM hs_enrollment e JOIN hs_status s ON s.participant_id = e.participant_id WHERE e.site = $5 AND (e.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR NOT EXISTS (SELECT 1 FROM hs_enrollment l WHERE l.participant_id = e.participant_id AND (l.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR l.start_date > e.start_date OR (l.start_date = e.start_date AND l.enrollment_id > e.enrollment_id)))) AND s.start_day < $6 AND (s.end_day IS NULL OR s.end_day > $7) GROUP BY s.kind;
PREPARE b(bigint,bigint,bigint,text,bigint,bigint) AS SELECT s.kind, SUM(LEAST(COALESCE(s.end_day, $1), $2) - GREATEST(s.start_day, $3)) FROM hs_enrollment e JOIN hs_status s ON s.participant_id = e.participant_id WHERE e.site = $4 AND (e.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR NOT EXISTS (SELECT 1 FROM hs_enrollment o WHERE o.participant_id = e.participant_id AND (o.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR o.start_date > e.start_date OR (o.start_date = e.start_date AND o.enrollment_id > e.enrollment_id)))) AND s.start_day < $5 AND (s.end_day IS NULL OR s.end_day > $6) GROUP BY s.kind;
PREPARE pa(text) AS SELECT COUNT(*) FROM hs_enrollment e WHERE e.site = $1 AND (e.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR (NOT EXISTS (SELECT 1 FROM hs_enrollment o WHERE o.participant_id = e.participant_id AND o.status IN ('REFERRED', 'ENROLLED', 'ACTIVE')) AND NOT EXISTS (SELECT 1 FROM hs_enrollment l WHERE l.participant_id = e.participant_id AND (l.start_date > e.start_date OR (l.start_date = e.start_date AND l.enrollment_id > e.enrollment_id)))));
PREPARE pb(text) AS SELECT COUNT(*) FROM hs_enrollment e WHERE e.site = $1 AND (e.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR NOT EXISTS (SELECT 1 FROM hs_enrollment o WHERE o.participant_id = e.participant_id AND (o.status IN ('REFERRED', 'ENROLLED', 'ACTIVE') OR o.start_date > e.start_date OR (o.start_date = e.start_date AND o.enrollment_id > e.enrollment_id))));
\echo == a: the mapper, JIT on (the server default)
EXPLAIN (ANALYZE, BUFFERS) EXECUTE a(20788,20788,20758,20758,'Bench Housing Site',20788,20758);
\echo == a1: the proposed rule, JIT on
EXPLAIN (ANALYZE, BUFFERS) EXECUTE a1(20788,20788,20758,20758,'Bench Housing Site',20788,20758);
\echo == b: hand, JIT on
EXPLAIN (ANALYZE, BUFFERS) EXECUTE b(20788,20788,20758,'Bench Housing Site',20788,20758);
\echo == pa: sitePlaced, JIT on
EXPLAIN (ANALYZE, BUFFERS) EXECUTE pa('Bench Housing Site');
\echo == pb: hand count, JIT on
EXPLAIN (ANALYZE, BUFFERS) EXECUTE pb('Bench Housing Site');
SET jit = off;
\echo == a: the mapper, JIT off
EXPLAIN (ANALYZE, BUFFERS) EXECUTE a(20788,20788,20758,20758,'Bench Housing Site',20788,20758);
\echo == pa: sitePlaced, JIT off
EXPLAIN (ANALYZE, BUFFERS) EXECUTE pa('Bench Housing Site');
