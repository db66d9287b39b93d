SELECT segment, COUNT(DISTINCT hashed_email) AS users FROM pub_events GROUP BY segment
----
SELECT p.region, p.device, COUNT(DISTINCT p.hashed_email) AS reach, SUM(p.impressions) AS imps FROM pub_events p INNER JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY p.region, p.device ORDER BY reach DESC
----
SELECT p.age_band, AVG(p.spend) AS avg_spend FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email WHERE p.event_date BETWEEN DATE '2024-01-01' AND DATE '2024-03-31' GROUP BY p.age_band
----
SELECT DATE_TRUNC('month', p.event_ts) AS month, COUNT(DISTINCT p.hashed_email) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY DATE_TRUNC('month', p.event_ts) ORDER BY 1
----
SELECT YEAR(p.event_date) AS y, MONTH(p.event_date) AS m, SUM(p.spend) FROM pub_events p GROUP BY YEAR(p.event_date), MONTH(p.event_date)
----
SELECT a.tier, COUNT(DISTINCT p.hashed_email) AS matched FROM adv_crm a LEFT OUTER JOIN pub_events p ON a.hashed_email = p.hashed_email GROUP BY a.tier
----
SELECT a.tier, COUNT(DISTINCT p.hashed_email) AS matched FROM pub_events p RIGHT JOIN adv_crm a ON a.hashed_email = p.hashed_email GROUP BY a.tier
----
SELECT COALESCE(a.tier, 'none') AS tier, COUNT(*) FROM adv_crm a FULL OUTER JOIN pub_events p ON a.hashed_email = p.hashed_email GROUP BY COALESCE(a.tier, 'none')
----
SELECT COUNT(*) FROM adv_crm a CROSS JOIN (SELECT MAX(event_date) AS last_day FROM pub_events) d
----
SELECT a.crm_id, p.segment FROM adv_crm a JOIN pub_events p USING (hashed_email)
----
SELECT COUNT(*) FROM adv_crm a, pub_events p WHERE a.hashed_email = p.hashed_email
----
WITH overlap AS (SELECT DISTINCT a.hashed_email FROM adv_crm a JOIN pub_events p ON a.hashed_email = p.hashed_email) SELECT COUNT(*) AS overlap_size FROM overlap
----
WITH exposed AS (SELECT hashed_email, MIN(event_ts) AS first_seen FROM pub_events GROUP BY hashed_email), converted AS (SELECT hashed_email, MIN(order_ts) AS first_order FROM orders GROUP BY hashed_email) SELECT COUNT(*) AS conversions FROM exposed e JOIN converted c ON e.hashed_email = c.hashed_email WHERE c.first_order > e.first_seen
----
WITH daily (d, n) AS (SELECT event_date, COUNT(*) FROM pub_events GROUP BY event_date) SELECT d, n, AVG(n) OVER (ORDER BY d ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling FROM daily
----
SELECT hashed_email, event_ts, ROW_NUMBER() OVER (PARTITION BY hashed_email ORDER BY event_ts) AS n FROM pub_events
----
SELECT hashed_email, event_ts, LAG(event_ts) OVER (PARTITION BY hashed_email ORDER BY event_ts) AS prev_ts FROM pub_events
----
SELECT hashed_email, LEAD(event_ts, 1, NULL) OVER (PARTITION BY hashed_email ORDER BY event_ts ASC NULLS LAST) FROM pub_events
----
SELECT segment, spend, RANK() OVER (PARTITION BY segment ORDER BY spend DESC) AS r, DENSE_RANK() OVER (PARTITION BY segment ORDER BY spend DESC) AS dr FROM pub_events
----
SELECT segment, NTILE(4) OVER (ORDER BY spend) AS quartile FROM pub_events
----
SELECT segment, PERCENT_RANK() OVER (ORDER BY spend) AS pr, CUME_DIST() OVER (ORDER BY spend) AS cd FROM pub_events
----
SELECT segment, FIRST_VALUE(spend) OVER (PARTITION BY segment ORDER BY event_ts ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_spend, LAST_VALUE(spend) OVER (PARTITION BY segment ORDER BY event_ts ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_spend FROM pub_events
----
SELECT segment, SUM(spend) OVER (PARTITION BY segment) AS segment_total, spend / SUM(spend) OVER (PARTITION BY segment) AS share FROM pub_events
----
SELECT segment, COUNT(*) OVER (ORDER BY event_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM pub_events
----
SELECT segment, NTH_VALUE(spend, 2) OVER (PARTITION BY segment ORDER BY spend) FROM pub_events
----
SELECT CASE WHEN spend >= 100 THEN 'high' WHEN spend >= 10 THEN 'mid' ELSE 'low' END AS band, COUNT(DISTINCT hashed_email) FROM pub_events GROUP BY 1
----
SELECT CASE device WHEN 'ios' THEN 'apple' WHEN 'android' THEN 'google' ELSE 'other' END AS vendor, COUNT(*) FROM pub_events GROUP BY CASE device WHEN 'ios' THEN 'apple' WHEN 'android' THEN 'google' ELSE 'other' END
----
SELECT SUM(CASE WHEN device = 'ios' THEN 1 ELSE 0 END) AS ios, SUM(CASE WHEN device <> 'ios' THEN 1 ELSE 0 END) AS other FROM pub_events
----
SELECT IF(spend > 0, 'buyer', 'browser') AS kind, COUNT(*) FROM pub_events GROUP BY IF(spend > 0, 'buyer', 'browser')
----
SELECT NVL(region, 'unknown') AS region, NVL2(device, 'known', 'unknown') AS device_known, COUNT(*) FROM pub_events GROUP BY NVL(region, 'unknown'), NVL2(device, 'known', 'unknown')
----
SELECT NULLIF(region, '') AS region, COUNT(*) FROM pub_events GROUP BY NULLIF(region, '')
----
SELECT GREATEST(spend, 0) AS s, LEAST(spend, 1000) AS capped FROM pub_events
----
SELECT CAST(event_ts AS DATE) AS d, COUNT(*) FROM pub_events GROUP BY CAST(event_ts AS DATE)
----
SELECT event_ts::date AS d, spend::decimal(12, 2) AS spend FROM pub_events
----
SELECT TRY_CAST(zip AS INT) AS zip_number FROM pub_events
----
SELECT CAST(spend AS BIGINT), CAST(spend AS STRING), CAST(flag AS BOOLEAN), CAST(ts_text AS TIMESTAMP) FROM pub_events
----
SELECT CAST(x AS VARCHAR(20)), CAST(x AS CHAR(2)), CAST(x AS DOUBLE PRECISION), CAST(x AS LONG), CAST(x AS SHORT), CAST(x AS BYTE), CAST(x AS REAL), CAST(x AS NUMERIC(10, 4)) FROM t
----
SELECT EXTRACT(YEAR FROM event_date) AS y, EXTRACT(QUARTER FROM event_date) AS q, EXTRACT(DOW FROM event_date) AS dow FROM pub_events
----
SELECT DATE_ADD(event_date, 7) AS next_week, DATE_SUB(event_date, 1) AS yesterday, ADD_MONTHS(event_date, 1) AS next_month FROM pub_events
----
SELECT DATEADD(day, 30, event_ts) AS expiry, DATEADD('month', 1, event_ts) AS renewal FROM pub_events
----
SELECT DATEDIFF(order_date, event_date) AS days_to_order FROM orders o JOIN pub_events p ON o.hashed_email = p.hashed_email
----
SELECT DATEDIFF(day, p.event_ts, o.order_ts) AS days FROM orders o JOIN pub_events p ON o.hashed_email = p.hashed_email
----
SELECT DATE_DIFF(order_date, event_date) FROM orders
----
SELECT DATE_PART('year', event_date), DATE_PART(month, event_date) FROM pub_events
----
SELECT TRUNC(event_date, 'MM') AS month_start, TRUNC(spend, 1) AS spend_1dp, TRUNC(spend) AS whole FROM pub_events
----
SELECT TO_CHAR(event_date, 'yyyy-MM') AS ym, COUNT(*) FROM pub_events GROUP BY TO_CHAR(event_date, 'yyyy-MM')
----
SELECT DATE_FORMAT(event_ts, 'yyyy-MM-dd HH:mm') FROM pub_events
----
SELECT TO_DATE(date_text) AS d1, TO_DATE(date_text, 'dd/MM/yyyy') AS d2, TO_TIMESTAMP(ts_text, 'yyyy-MM-dd HH:mm:ss') AS t FROM raw_events
----
SELECT CURRENT_DATE, CURRENT_TIMESTAMP, GETDATE(), NOW(), CURRENT_DATE() FROM pub_events LIMIT 1
----
SELECT COUNT(*) FROM pub_events WHERE event_date > CURRENT_DATE - INTERVAL '30' DAY
----
SELECT COUNT(*) FROM pub_events WHERE event_ts > CURRENT_TIMESTAMP - INTERVAL 12 HOURS
----
SELECT COUNT(*) FROM pub_events WHERE event_ts >= TIMESTAMP '2024-01-01 00:00:00' AND event_ts < TIMESTAMP '2024-02-01 00:00:00' + INTERVAL '1 day'
----
SELECT DAYOFWEEK(event_date), DAYOFYEAR(event_date), DAY(event_date), DAYOFMONTH(event_date), HOUR(event_ts), MINUTE(event_ts), SECOND(event_ts), WEEKOFYEAR(event_date) FROM pub_events
----
SELECT UPPER(segment), LOWER(segment), LENGTH(segment), TRIM(segment), LTRIM(segment), RTRIM(segment) FROM pub_events
----
SELECT TRIM(BOTH 'x' FROM code), TRIM(LEADING '0' FROM code), TRIM(TRAILING ' ' FROM code), TRIM('x' FROM code), BTRIM(code, 'x') FROM codes
----
SELECT SUBSTRING(zip, 1, 3) AS zip3, SUBSTR(zip, -2) AS last2, SUBSTRING(zip FROM 2 FOR 2) AS mid, SUBSTRING(zip FROM 2) AS tail FROM pub_events
----
SELECT CONCAT(first_name, ' ', last_name) AS full_name, first_name || ' ' || last_name AS also_full FROM people
----
SELECT CONCAT_WS('-', region, device) FROM pub_events
----
SELECT LPAD(zip, 5, '0'), RPAD(code, 4), LEFT(zip, 2), RIGHT(zip, 2), REPEAT('ab', 2), REVERSE(zip) FROM pub_events
----
SELECT REPLACE(phone, '-', ''), REPLACE(phone, '-'), TRANSLATE(phone, '()', '[]'), SPLIT_PART(email, '@', 2) FROM people
----
SELECT POSITION('@' IN email), POSITION('@', email), INSTR(email, '@') FROM people
----
SELECT REGEXP_REPLACE(phone, '[^0-9]', ''), REGEXP_SUBSTR(email, '[a-z]+'), REGEXP_COUNT(email, 'a'), REGEXP_EXTRACT(email, '([a-z]+)@', 1) FROM people
----
SELECT COUNT(*) FROM people WHERE email RLIKE '^[a-z]+@example\\.com$' OR email REGEXP 'test' OR email NOT RLIKE 'x'
----
SELECT COUNT(*) FROM people WHERE email LIKE '%@example.com' AND name NOT LIKE 'A%' AND name ILIKE 'b%' AND code LIKE 'a!_b' ESCAPE '!'
----
SELECT COUNT(*) FROM people WHERE code LIKE 'a\_b%'
----
SELECT MD5(email), SHA1(email), SHA2(email, 256), SHA(email), HEX(id), BASE64(email) FROM people
----
SELECT GET_JSON_OBJECT(payload, '$.campaign.id') AS campaign_id, JSON_PARSE(payload) AS doc FROM raw_events
----
SELECT ABS(delta), CEIL(spend), CEILING(spend), FLOOR(spend), ROUND(spend, 2), ROUND(spend), SQRT(spend), LN(spend), LOG(10, spend), LOG(spend), EXP(1), POWER(spend, 2), POW(2, 10), MOD(id, 10), SIGN(delta), PI() FROM pub_events
----
SELECT spend / impressions AS cpm, spend % 10, impressions DIV 1000, -spend, +spend FROM pub_events
----
SELECT (spend + 1) * (impressions - 2) / 3 FROM pub_events
----
SELECT COUNT(*) FROM pub_events WHERE spend >= 10 AND spend <= 20 AND spend != 15 AND spend == spend AND NOT spend < 0
----
SELECT COUNT(*) FROM pub_events WHERE region IN ('NW', 'SE') AND device NOT IN ('tv') AND spend NOT BETWEEN 1 AND 2
----
SELECT COUNT(*) FROM pub_events WHERE region IS NULL OR device IS NOT NULL
----
SELECT COUNT(*) FROM pub_events WHERE is_test IS TRUE OR is_test IS NOT FALSE OR is_test IS FALSE OR is_test IS NOT TRUE
----
SELECT COUNT(*) FROM pub_events p JOIN adv_crm a ON p.region IS NOT DISTINCT FROM a.region WHERE p.device IS DISTINCT FROM a.device
----
SELECT COUNT(*) FROM adv_crm a WHERE a.hashed_email IN (SELECT hashed_email FROM pub_events WHERE segment = 'sports')
----
SELECT COUNT(*) FROM adv_crm a WHERE NOT EXISTS (SELECT 1 FROM pub_events p WHERE p.hashed_email = a.hashed_email)
----
SELECT COUNT(*) FROM adv_crm a WHERE EXISTS (SELECT 1 FROM pub_events p WHERE p.hashed_email = a.hashed_email AND p.spend > 0)
----
SELECT a.tier, (SELECT COUNT(*) FROM pub_events) AS total FROM adv_crm a
----
SELECT segment FROM pub_events GROUP BY segment HAVING COUNT(DISTINCT hashed_email) >= (SELECT 100)
----
SELECT t.segment, t.users FROM (SELECT segment, COUNT(DISTINCT hashed_email) AS users FROM pub_events GROUP BY segment) AS t WHERE t.users >= 100
----
SELECT s.* FROM (SELECT segment, COUNT(*) AS n FROM pub_events GROUP BY segment) s(seg, n)
----
SELECT hashed_email FROM pub_events UNION SELECT hashed_email FROM adv_crm
----
SELECT hashed_email FROM pub_events UNION ALL SELECT hashed_email FROM adv_crm
----
SELECT hashed_email FROM pub_events UNION DISTINCT SELECT hashed_email FROM adv_crm
----
SELECT hashed_email FROM pub_events INTERSECT SELECT hashed_email FROM adv_crm
----
SELECT hashed_email FROM pub_events EXCEPT SELECT hashed_email FROM adv_crm
----
SELECT hashed_email FROM pub_events MINUS SELECT hashed_email FROM adv_crm
----
SELECT a FROM t1 UNION SELECT a FROM t2 INTERSECT SELECT a FROM t3
----
(SELECT a FROM t1 ORDER BY a LIMIT 5) UNION ALL (SELECT a FROM t2 ORDER BY a DESC LIMIT 5)
----
SELECT a FROM t1 UNION ALL SELECT a FROM t2 ORDER BY a LIMIT 10 OFFSET 5
----
SELECT TOP 10 segment, COUNT(*) AS n FROM pub_events GROUP BY segment ORDER BY n DESC
----
SELECT ALL segment FROM pub_events
----
SELECT DISTINCT segment, region FROM pub_events ORDER BY segment NULLS FIRST, region DESC NULLS LAST
----
SELECT * FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
----
SELECT p.*, a.tier FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
----
SELECT analytics.pub_events.segment FROM analytics.pub_events
----
SELECT `segment`, `my col` AS `Total Count` FROM `pub_events`
----
SELECT "select", "from" FROM "order"
----
SELECT segment seg, COUNT(*) n FROM pub_events pe GROUP BY segment
----
SELECT APPROX_COUNT_DISTINCT(hashed_email), APPROX_PERCENTILE(spend, 0.5), MEDIAN(spend), PERCENTILE(spend, 0.9) FROM pub_events
----
SELECT STDDEV(spend), STDDEV_SAMP(spend), STDDEV_POP(spend), VARIANCE(spend), VAR_SAMP(spend), VAR_POP(spend) FROM pub_events
----
SELECT MIN(spend), MAX(spend), AVG(spend), SUM(DISTINCT spend), COUNT(DISTINCT segment), ANY_VALUE(region), BOOL_AND(spend > 0), BOOL_OR(spend > 100) FROM pub_events
----
SELECT SIZE(COLLECT_SET(segment)), CARDINALITY(COLLECT_LIST(region)) FROM pub_events
----
SELECT FIRST(segment), LAST(segment) FROM pub_events
----
SELECT 1, 1.5, .5, 1e3, 2.5E-2, 'text', 'it''s', 'line\nbreak', TRUE, FALSE, NULL
----
SELECT DATE '2024-02-29', TIMESTAMP '2024-02-29 23:59:59.123456', TIME '12:30:00', INTERVAL '1' YEAR, INTERVAL 3 MONTHS, INTERVAL '2 hours'
----
SELECT 'a' -- trailing comment
, /* block */ 'b' /* nested /* comment */ still */ FROM t
----
SELECT COUNT(DISTINCT p.hashed_email) AS users FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email WHERE p.event_date >= :start_date AND p.segment = :segment
----
SELECT p.segment, SUM(p.spend) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY p.segment HAVING SUM(p.spend) > :min_spend ORDER BY 2 DESC LIMIT :top_n
----
WITH base AS (SELECT p.hashed_email, p.segment, p.spend FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email), per_user AS (SELECT hashed_email, segment, SUM(spend) AS spend FROM base GROUP BY hashed_email, segment) SELECT segment, COUNT(*) AS users, AVG(spend) AS avg_spend FROM per_user GROUP BY segment HAVING COUNT(*) >= 100
----
WITH w AS (SELECT hashed_email, event_ts, ROW_NUMBER() OVER (PARTITION BY hashed_email ORDER BY event_ts DESC) AS rn FROM pub_events) SELECT COUNT(*) FROM w WHERE rn = 1
----
SELECT segment, ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 2) AS pct FROM pub_events GROUP BY segment
----
SELECT a.tier, p.segment, COUNT(DISTINCT p.hashed_email) FROM adv_crm a JOIN pub_events p ON a.hashed_email = p.hashed_email JOIN orders o ON o.hashed_email = a.hashed_email AND o.order_ts > p.event_ts GROUP BY a.tier, p.segment
----
SELECT COUNT(*) FROM a LEFT SEMI JOIN b ON a.id = b.id
----
SELECT COUNT(*) FROM a LEFT ANTI JOIN b ON a.id = b.id
----
SELECT COUNT(*) FROM (a JOIN b ON a.id = b.id) JOIN c ON b.id = c.id
----
SELECT COUNT(*) FROM a JOIN b
----
SELECT FORMAT_STRING('%s-%s', region, device), UUID() FROM pub_events
----
SELECT ACOS(x), ASIN(x), ATAN(x), ATAN2(x, y), COS(x), SIN(x), TAN(x), COT(x), CBRT(x), DEGREES(x), RADIANS(x), LOG10(x), LOG2(x), RAND(), RANDOM() FROM points
----
SELECT COUNT(*) FROM pub_events WHERE event_date = DATE_ADD(DATE '2024-01-01', 1)
----
SELECT TIMESTAMP(ts_text), DATE(ts_text) FROM raw_events
----
SELECT ISNULL(region), ISNOTNULL(region), IS_NULL(region), IS_NOT_NULL(region), IFNULL(region, 'x') FROM pub_events
----
SELECT UNHEX('4142'), UNBASE64('QUI='), CHAR_LENGTH(zip), CHARACTER_LENGTH(zip) FROM pub_events
----
SELECT segment, SUM(spend) FILTERED FROM pub_events GROUP BY segment
----
SELECT CONVERT(INT, zip) AS zip_number FROM pub_events
