SELECT 7 / 2 AS q
-- duckdb
SELECT 3.5 AS q
----
SELECT 1 / 0 AS q
-- duckdb
SELECT NULL::DOUBLE AS q
----
SELECT 7 DIV 2 AS a, -7 DIV 2 AS b, 7.5 DIV 2 AS c
-- duckdb
SELECT 3 AS a, -3 AS b, 3 AS c
----
SELECT 5 % 0 AS m, -7 % 3 AS n
-- duckdb
SELECT NULL::INTEGER AS m, -1 AS n
----
SELECT substr('hello', 0, 2) AS a, substr('hello', -3, 2) AS b, substring('hello', -10, 8) AS c, substr('hello', 2) AS d, substr('hello', 3, -1) AS e, substr(NULL, 1, 2) AS f
-- duckdb
SELECT 'he' AS a, 'll' AS b, 'hel' AS c, 'ello' AS d, '' AS e, NULL AS f
----
SELECT substring(name, 0, 3) AS s FROM people ORDER BY id
-- duckdb
SELECT substring(name, 1, 3) AS s FROM people ORDER BY id
----
SELECT date_add(DATE '2024-01-31', 1) AS a, date_sub(DATE '2024-03-01', 1) AS b, add_months(DATE '2024-01-31', 1) AS c
-- duckdb
SELECT DATE '2024-02-01' AS a, DATE '2024-02-29' AS b, DATE '2024-02-29' AS c
----
SELECT dateadd(day, 30, TIMESTAMP '2024-01-01 10:00:00') AS a, dateadd('month', 1, DATE '2024-01-31') AS b
-- duckdb
SELECT TIMESTAMP '2024-01-31 10:00:00' AS a, TIMESTAMP '2024-02-29 00:00:00' AS b
----
SELECT nvl(NULL, 'x') AS a, nvl2(NULL, 'y', 'n') AS b, nvl2(1, 'y', 'n') AS c, ifnull(NULL, 2) AS d
-- duckdb
SELECT 'x' AS a, 'n' AS b, 'y' AS c, 2 AS d
----
SELECT concat('a', NULL, 'b') AS a, concat('a', 'b', 'c') AS b, 'a' || NULL AS c, concat_ws('-', 'a', NULL, 'b') AS d
-- duckdb
SELECT NULL::VARCHAR AS a, 'abc' AS b, NULL::VARCHAR AS c, 'a-b' AS d
----
SELECT round(2.5) AS a, round(-2.5) AS b, round(0.125, 2) AS c, round(1234.5, -2) AS d
-- duckdb
SELECT 3 AS a, -3 AS b, 0.13 AS c, 1200 AS d
----
SELECT trunc(DATE '2024-05-17', 'MM') AS m, trunc(DATE '2024-05-17', 'year') AS y, trunc(TIMESTAMP '2024-05-17 10:11:12') AS d, trunc(2.7) AS n, trunc(-2.7) AS neg
-- duckdb
SELECT DATE '2024-05-01' AS m, DATE '2024-01-01' AS y, DATE '2024-05-17' AS d, 2 AS n, -2 AS neg
----
SELECT CAST('1.9' AS INT) AS a, CAST(-1.5 AS INT) AS b, CAST('x' AS INT) AS c, CAST(2.5 AS BIGINT) AS d, CAST('2024-05-01 12:00:00' AS DATE) AS e
-- duckdb
SELECT 1 AS a, -1 AS b, NULL::INTEGER AS c, 2 AS d, DATE '2024-05-01' AS e
----
SELECT ln(0) AS a, ln(-1) AS b, log(2, 8) AS c, log(10, 100) AS d, sqrt(-1) AS e, sqrt(16) AS f
-- duckdb
SELECT NULL::DOUBLE AS a, NULL::DOUBLE AS b, 3.0 AS c, 2.0 AS d, 'NaN'::DOUBLE AS e, 4.0 AS f
----
SELECT if(1 > 2, 'a', 'b') AS a, greatest(1, NULL, 3) AS b, least(NULL, 2) AS c, coalesce(NULL, NULL, 5) AS d
-- duckdb
SELECT 'b' AS a, 3 AS b, 2 AS c, 5 AS d
----
SELECT dayofweek(DATE '2024-05-05') AS sun, dayofweek(DATE '2024-05-06') AS mon, EXTRACT(DOW FROM DATE '2024-05-06') AS dow, EXTRACT(YEAR FROM DATE '2024-05-06') AS y
-- duckdb
SELECT 1 AS sun, 2 AS mon, 2 AS dow, 2024 AS y
----
SELECT datediff(DATE '2024-02-01', DATE '2024-01-01') AS days, datediff(month, DATE '2024-01-31', DATE '2024-02-01') AS months
-- duckdb
SELECT 31 AS days, 0 AS months
----
SELECT to_char(DATE '2024-05-01', 'yyyy-MM') AS a, to_date('01/05/2024', 'dd/MM/yyyy') AS b, to_date('nonsense') AS c, date_format(TIMESTAMP '2024-05-01 13:04:05', 'yyyy-MM-dd HH:mm:ss') AS d
-- duckdb
SELECT '2024-05' AS a, DATE '2024-05-01' AS b, NULL::DATE AS c, '2024-05-01 13:04:05' AS d
----
SELECT segment, COUNT(DISTINCT hashed_email) AS users, SUM(spend) AS spend FROM pub_events GROUP BY segment ORDER BY segment
-- duckdb
SELECT segment, COUNT(DISTINCT hashed_email) AS users, SUM(spend) AS spend FROM pub_events GROUP BY segment ORDER BY segment
----
SELECT p.segment, COUNT(DISTINCT p.hashed_email) AS users FROM pub_events p INNER JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY p.segment HAVING COUNT(DISTINCT p.hashed_email) >= 2 ORDER BY users DESC
-- duckdb
SELECT p.segment, COUNT(DISTINCT p.hashed_email) AS users FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY p.segment HAVING COUNT(DISTINCT p.hashed_email) >= 2 ORDER BY users DESC
----
SELECT region FROM pub_events ORDER BY region
-- duckdb
SELECT region FROM pub_events ORDER BY region ASC NULLS FIRST
----
SELECT region FROM pub_events ORDER BY region DESC
-- duckdb
SELECT region FROM pub_events ORDER BY region DESC NULLS LAST
----
SELECT a.tier, COUNT(p.hashed_email) AS matched FROM adv_crm a LEFT JOIN pub_events p ON a.hashed_email = p.hashed_email GROUP BY a.tier ORDER BY a.tier
-- duckdb
SELECT a.tier, COUNT(p.hashed_email) AS matched FROM adv_crm a LEFT JOIN pub_events p ON a.hashed_email = p.hashed_email GROUP BY a.tier ORDER BY a.tier NULLS FIRST
----
WITH per_user AS (SELECT hashed_email, SUM(spend) AS s FROM pub_events GROUP BY hashed_email) SELECT COUNT(*) AS n, MAX(s) AS top FROM per_user
-- duckdb
SELECT COUNT(*) AS n, MAX(s) AS top FROM (SELECT hashed_email, SUM(spend) AS s FROM pub_events GROUP BY hashed_email)
----
SELECT hashed_email, ROW_NUMBER() OVER (PARTITION BY hashed_email ORDER BY spend DESC) AS rn FROM pub_events ORDER BY hashed_email, rn
-- duckdb
SELECT hashed_email, ROW_NUMBER() OVER (PARTITION BY hashed_email ORDER BY spend DESC NULLS LAST) AS rn FROM pub_events ORDER BY hashed_email, rn
----
SELECT segment, SUM(spend) OVER (PARTITION BY segment) AS total FROM pub_events ORDER BY segment, total
-- duckdb
SELECT segment, SUM(spend) OVER (PARTITION BY segment) AS total FROM pub_events ORDER BY segment, total
----
SELECT CASE WHEN spend >= 10 THEN 'high' ELSE 'low' END AS band, COUNT(*) AS n FROM pub_events GROUP BY 1 ORDER BY 1
-- duckdb
SELECT CASE WHEN spend >= 10 THEN 'high' ELSE 'low' END AS band, COUNT(*) AS n FROM pub_events GROUP BY 1 ORDER BY 1
----
SELECT COUNT(*) AS n FROM adv_crm a WHERE a.hashed_email IN (SELECT hashed_email FROM pub_events WHERE segment = 'sports')
-- duckdb
SELECT COUNT(*) AS n FROM adv_crm a WHERE a.hashed_email IN (SELECT hashed_email FROM pub_events WHERE segment = 'sports')
----
SELECT COUNT(*) AS n FROM adv_crm a WHERE NOT EXISTS (SELECT 1 FROM pub_events p WHERE p.hashed_email = a.hashed_email)
-- duckdb
SELECT COUNT(*) AS n FROM adv_crm a WHERE NOT EXISTS (SELECT 1 FROM pub_events p WHERE p.hashed_email = a.hashed_email)
----
SELECT hashed_email FROM pub_events UNION SELECT hashed_email FROM adv_crm ORDER BY 1
-- duckdb
SELECT hashed_email FROM pub_events UNION SELECT hashed_email FROM adv_crm ORDER BY 1 NULLS FIRST
----
SELECT hashed_email FROM adv_crm MINUS SELECT hashed_email FROM pub_events ORDER BY 1
-- duckdb
SELECT hashed_email FROM adv_crm EXCEPT SELECT hashed_email FROM pub_events ORDER BY 1
----
SELECT TOP 2 segment, COUNT(*) AS n FROM pub_events GROUP BY segment ORDER BY n DESC, segment
-- duckdb
SELECT segment, COUNT(*) AS n FROM pub_events GROUP BY segment ORDER BY n DESC, segment LIMIT 2
----
SELECT COUNT(*) AS n FROM pub_events WHERE device LIKE 'i%' OR device ILIKE 'AND%' OR device RLIKE 'we.$'
-- duckdb
SELECT COUNT(*) AS n FROM pub_events WHERE device LIKE 'i%' OR device ILIKE 'AND%' OR regexp_matches(device, 'we.$')
----
SELECT COUNT(*) AS n FROM people WHERE code LIKE 'a\_b'
-- duckdb
SELECT COUNT(*) AS n FROM people WHERE code = 'a_b'
----
SELECT upper(name) AS u, length(name) AS l, lpad(CAST(id AS STRING), 3, '0') AS p, left(name, -1) AS lneg, replace(name, 'a') AS r FROM people ORDER BY id
-- duckdb
SELECT upper(name) AS u, length(name) AS l, lpad(id::VARCHAR, 3, '0') AS p, CASE WHEN name IS NULL THEN NULL ELSE '' END AS lneg, replace(name, 'a', '') AS r FROM people ORDER BY id
----
SELECT COUNT(*) AS n FROM pub_events WHERE event_date > DATE '2024-01-01' + INTERVAL '1' DAY AND event_date <= DATE '2024-12-31'
-- duckdb
SELECT COUNT(*) AS n FROM pub_events WHERE event_date > DATE '2024-01-02' AND event_date <= DATE '2024-12-31'
----
SELECT DATE '2024-01-31' + INTERVAL '1' MONTH AS d
-- duckdb
SELECT DATE '2024-02-29' AS d
----
SELECT size(collect_set(segment)) AS n, approx_count_distinct(segment) AS m FROM pub_events
-- duckdb
SELECT COUNT(DISTINCT segment) AS n, COUNT(DISTINCT segment) AS m FROM pub_events
----
SELECT `segment` AS `Segment Name`, COUNT(*) FROM pub_events GROUP BY `segment` ORDER BY 1
-- duckdb
SELECT segment AS "segment name", COUNT(*) AS "count(1)" FROM pub_events GROUP BY segment ORDER BY 1
----
SELECT substring(CONCAT(name, name), -2 - id, 2 + id) AS s FROM people ORDER BY id
-- duckdb
SELECT s FROM (VALUES (1, 'bob'), (2, 'lice'), (3, NULL)) v(id, s) ORDER BY id
----
SELECT floor(1e300) AS f, ceiling(-1e300) AS c, ceil(2.5) AS g, floor(-2.5) AS h
-- duckdb
SELECT NULL::BIGINT AS f, NULL::BIGINT AS c, 3::BIGINT AS g, -3::BIGINT AS h
----
SELECT 'NY' + '_' AS a, '1' + 2 AS b, 3 - '1.5' AS c, '4' * '2' AS d, '9' / '3' AS e
-- duckdb
SELECT NULL::DOUBLE AS a, 3.0::DOUBLE AS b, 1.5::DOUBLE AS c, 8.0::DOUBLE AS d, 3.0::DOUBLE AS e
----
SELECT id, date_add(DATE '2000-01-01', name) AS a, add_months(DATE '2000-01-01', id * 1000000000) AS b, dateadd(day, id * 1e30, DATE '2000-01-01') AS c FROM people ORDER BY id
-- duckdb
SELECT id, NULL::DATE AS a, NULL::DATE AS b, NULL::TIMESTAMP AS c FROM people ORDER BY id
----
SELECT id, id * 9223372036854775807 AS m, -(id - 1 - 9223372036854775807 - 1) AS n, abs(id - 1 - 9223372036854775807 - 1) AS a FROM people ORDER BY id
-- duckdb
SELECT * FROM (VALUES (1, 9223372036854775807, NULL, NULL), (2, NULL, 9223372036854775807, 9223372036854775807), (3, NULL, 9223372036854775806, 9223372036854775806)) v(id, m, n, a)
----
SELECT coalesce(date_add(DATE '2000-01-01', name), DATE '1999-12-31') AS d, count(DISTINCT id * 2) AS n FROM people GROUP BY coalesce(date_add(DATE '2000-01-01', name), DATE '1999-12-31')
-- duckdb
SELECT DATE '1999-12-31' AS d, 3 AS n
----
SELECT date_add(DATE '2000-01-01', id) AS d, upper(name) AS u, count(DISTINCT code) AS n FROM people GROUP BY id, name ORDER BY d
-- duckdb
SELECT DATE '2000-01-01' + id AS d, upper(name) AS u, count(DISTINCT code) AS n FROM people GROUP BY id, name ORDER BY d
----
SELECT id + 1 AS k, sum(id * 2) AS s FROM people GROUP BY id + 1 HAVING sum(id * 2) > 2 ORDER BY id + 1
-- duckdb
SELECT id + 1 AS k, sum(id * 2) AS s FROM people GROUP BY id + 1 HAVING sum(id * 2) > 2 ORDER BY id + 1
----
SELECT id * 10 AS k, count(*) AS c FROM people GROUP BY 1 ORDER BY 1 DESC
-- duckdb
SELECT id * 10 AS k, count(*) AS c FROM people GROUP BY 1 ORDER BY 1 DESC
----
SELECT upper(code) AS c, count(name) AS n FROM people GROUP BY c ORDER BY c
-- duckdb
SELECT upper(code) AS c, count(name) AS n FROM people GROUP BY c ORDER BY c
----
SELECT id, count(*) AS n, rank() OVER (ORDER BY id * 2 DESC) AS r, (SELECT max(p.id * 2) FROM people p) AS m FROM people GROUP BY id HAVING id * 2 > 2 ORDER BY id * 3
-- duckdb
SELECT id, count(*) AS n, rank() OVER (ORDER BY id * 2 DESC) AS r, 6 AS m FROM people GROUP BY id HAVING id * 2 > 2 ORDER BY id * 3
----
SELECT DISTINCT upper(code) AS c FROM people ORDER BY upper(code)
-- duckdb
SELECT DISTINCT upper(code) AS c FROM people ORDER BY upper(code)
