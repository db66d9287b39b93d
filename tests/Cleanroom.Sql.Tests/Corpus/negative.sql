-- expect 1:1 only a single SELECT
CREATE TABLE t (a INT)
----
-- expect 1:1 only a single SELECT
DROP TABLE advertiser
----
-- expect 1:1 only a single SELECT
INSERT INTO t VALUES (1)
----
-- expect 1:1 only a single SELECT
UPDATE t SET a = 1
----
-- expect 1:1 only a single SELECT
DELETE FROM t
----
-- expect 1:1 only a single SELECT
MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN DELETE
----
-- expect 1:1 only a single SELECT
COPY t TO '/tmp/x.csv'
----
-- expect 1:1 only a single SELECT
PRAGMA database_list
----
-- expect 1:1 only a single SELECT
ATTACH 'other.db' AS o
----
-- expect 1:1 only a single SELECT
SET threads = 1
----
-- expect 1:1 only a single SELECT
CALL pragma_version()
----
-- expect 1:1 only a single SELECT
CACHE TABLE c AS SELECT * FROM t
----
-- expect 1:1 only a single SELECT
INSTALL httpfs
----
-- expect 1:1 only a single SELECT
LOAD httpfs
----
-- expect 1:1 only a single SELECT
EXPORT DATABASE '/tmp/x'
----
-- expect 1:1 only a single SELECT
DESCRIBE t
----
-- expect 1:1 only a single SELECT
SHOW TABLES
----
-- expect 1:1 only a single SELECT
EXPLAIN SELECT 1
----
-- expect 1:1 only a single SELECT
VALUES (1), (2)
----
-- expect 1:1 only a single SELECT
FROM t SELECT a
----
-- expect 1:1 only a single SELECT
USE other
----
-- expect 1:11 only one statement
SELECT 1; SELECT 2
----
-- expect 2:1 only one statement
SELECT 1;
DROP TABLE t
----
-- expect 1:10 only one statement
SELECT 1;;
----
-- expect 1:10 DuckDB-only
SELECT * EXCLUDE (a) FROM t
----
-- expect 1:10 DuckDB-only
SELECT * REPLACE (a + 1 AS a) FROM t
----
-- expect 1:12 DuckDB-only
SELECT t.* EXCLUDE (a) FROM t
----
-- expect 1:8 DuckDB-only
SELECT COLUMNS('a.*') FROM t
----
-- expect 1:10 DuckDB-only
SELECT * EXCEPT (a) FROM t
----
-- expect 1:28 lambda
SELECT list_transform(x, y -> y + 1) FROM t
----
-- expect 1:8 list literals
SELECT [1, 2, 3]
----
-- expect 1:8 struct literals
SELECT {'a': 1}
----
-- expect 1:27 positional parameters
SELECT a FROM t WHERE a = $1
----
-- expect 1:27 positional parameters
SELECT a FROM t WHERE a = ?
----
-- expect 1:9 list literals and subscripts
SELECT a[1] FROM t
----
-- expect 1:15 table functions
SELECT * FROM read_csv('x.csv')
----
-- expect 1:15 table functions
SELECT * FROM read_parquet('s3://bucket/x.parquet')
----
-- expect 1:15 table functions
SELECT * FROM glob('*')
----
-- expect 1:15 file paths
SELECT * FROM 'data.csv'
----
-- expect 1:15 table functions
SELECT * FROM generate_series(1, 10)
----
-- expect 1:15 catalog-qualified
SELECT * FROM cat.sch.t
----
-- expect 1:8 at most three parts
SELECT cat.sch.t.a FROM t
----
-- expect 1:8 catalog-qualified
SELECT a.b.c.* FROM t
----
-- expect 1:8 unknown function 'foo'
SELECT foo(a) FROM t
----
-- expect 1:8 unknown function 'read_csv'
SELECT read_csv('x') FROM t
----
-- expect 1:8 unknown function 'listagg'
SELECT listagg(a, ',') FROM t
----
-- expect 1:8 unknown function 'xxhash64'
SELECT xxhash64(a) FROM t
----
-- expect 1:8 unknown function
SELECT aes_encrypt(a, 'k') FROM t
----
-- expect 1:8 unknown function 'to_number'
SELECT to_number(a, '999') FROM t
----
-- expect 1:8 unknown function
SELECT skewness(a) FROM t
----
-- expect 1:8 expects 1 argument
SELECT ln(a, b) FROM t
----
-- expect 1:8 expects 1 argument
SELECT abs() FROM t
----
-- expect 1:8 expects at least 1 argument
SELECT coalesce() FROM t
----
-- expect 1:8 expects no arguments
SELECT rank(a) OVER (ORDER BY a) FROM t
----
-- expect 1:8 requires an OVER clause
SELECT rank() FROM t
----
-- expect 1:8 requires an OVER clause
SELECT row_number() FROM t
----
-- expect 1:8 cannot be used as a window function
SELECT upper(a) OVER (ORDER BY a) FROM t
----
-- expect 1:8 DISTINCT is only allowed in aggregate
SELECT upper(DISTINCT a) FROM t
----
-- expect 1:8 DISTINCT is not allowed in window
SELECT count(DISTINCT a) OVER () FROM t
----
-- expect 1:12 expected an expression
SELECT sum(*) FROM t
----
-- expect 1:20 named windows
SELECT sum(a) OVER w FROM t
----
-- expect 1:15 FILTER after a function call
SELECT sum(a) FILTER (WHERE a > 0) FROM t
----
-- expect 1:29 WITHIN after a function call
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a) FROM t
----
-- expect 1:32 GROUPS frames
SELECT sum(a) OVER (ORDER BY a GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t
----
-- expect 1:21 invalid window frame
SELECT sum(a) OVER (ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM t
----
-- expect 1:16 expected a date part
SELECT dateadd(fortnight, 1, d) FROM t
----
-- expect 1:19 expected a date part
SELECT date_trunc('decade', d) FROM t
----
-- expect 1:19 datetime pattern literal
SELECT to_char(d, 'QQQ') FROM t
----
-- expect 1:19 datetime pattern literal
SELECT to_char(d, fmt) FROM t
----
-- expect 1:8 group references
SELECT regexp_replace(a, 'x', '$1') FROM t
----
-- expect 1:8 256-bit
SELECT sha2(a, 512) FROM t
----
-- expect 1:16 date/time field
SELECT EXTRACT(fortnight FROM d) FROM t
----
-- expect 1:18 not supported
SELECT CAST(a AS ARRAY<INT>) FROM t
----
-- expect 1:18 not supported
SELECT CAST(a AS MAP) FROM t
----
-- expect 1:18 unknown type
SELECT CAST(a AS widget) FROM t
----
-- expect 1:26 integer from 1 to 38
SELECT CAST(a AS DECIMAL(50, 2)) FROM t
----
-- expect 1:29 scale cannot exceed
SELECT CAST(a AS DECIMAL(5, 6)) FROM t
----
-- expect 1:18 casting to INTERVAL
SELECT CAST(a AS INTERVAL) FROM t
----
-- expect 1:13 malformed DATE literal
SELECT DATE '2024-13-01'
----
-- expect 1:18 malformed TIMESTAMP literal
SELECT TIMESTAMP 'yesterday'
----
-- expect 1:17 whole numbers
SELECT INTERVAL '1.5' DAY
----
-- expect 1:17 malformed interval string
SELECT INTERVAL '1' FORTNIGHT
----
-- expect 1:17 whole numbers
SELECT INTERVAL '1-2' YEAR TO MONTH
----
-- expect 1:17 malformed interval
SELECT INTERVAL 'soon'
----
-- expect 1:8 unterminated string
SELECT 'abc
----
-- expect 1:8 unterminated quoted identifier
SELECT "abc FROM t
----
-- expect 1:8 unterminated quoted identifier
SELECT `abc FROM t
----
-- expect 1:8 empty quoted identifier
SELECT "" FROM t
----
-- expect 1:10 unterminated comment
SELECT 1 /* never closed
----
-- expect 1:10 unterminated comment
SELECT 1 /* outer /* inner */
----
-- expect 1:8 malformed number
SELECT 12abc
----
-- expect 1:8 malformed number
SELECT 0x1F
----
-- expect 1:8 malformed number
SELECT 10L
----
-- expect 1:8 malformed number
SELECT 1.2.3
----
-- expect 1:25 null-safe equality
SELECT a FROM t WHERE a <=> b
----
-- expect 1:25 SIMILAR
SELECT a FROM t WHERE a SIMILAR TO 'x'
----
-- expect 1:30 LIKE ANY
SELECT a FROM t WHERE a LIKE ANY ('x', 'y')
----
-- expect 1:25 row constructors
SELECT a FROM t WHERE (a, b) IN ((1, 2))
----
-- expect 1:17 NATURAL joins
SELECT a FROM t NATURAL JOIN s
----
-- expect 1:28 expected ON or USING
SELECT a FROM t LEFT JOIN s
----
-- expect 1:30 CROSS JOIN takes no join condition
SELECT a FROM t CROSS JOIN s ON t.a = s.a
----
-- expect 1:17 SEMI joins are not supported
SELECT a FROM t SEMI JOIN s ON t.a = s.a
----
-- expect 1:18 LATERAL
SELECT a FROM t, LATERAL (SELECT 1)
----
-- expect 1:16 VALUES in FROM
SELECT a FROM (VALUES (1)) v(a)
----
-- expect 1:17 table sampling
SELECT a FROM t TABLESAMPLE (10 PERCENT)
----
-- expect 1:21 column aliases on a table
SELECT a FROM t AS x(b)
----
-- expect 1:26 ROLLUP
SELECT a FROM t GROUP BY ROLLUP (a)
----
-- expect 1:26 ROLLUP
SELECT a FROM t GROUP BY CUBE (a)
----
-- expect 1:26 ROLLUP
SELECT a FROM t GROUP BY GROUPING SETS ((a))
----
-- expect 1:28 ROLLUP
SELECT a FROM t GROUP BY a WITH ROLLUP
----
-- expect 1:26 GROUP BY ALL
SELECT a FROM t GROUP BY ALL
----
-- expect 1:17 QUALIFY clauses
SELECT a FROM t QUALIFY row_number() OVER (ORDER BY a) = 1
----
-- expect 1:17 WINDOW clauses
SELECT a FROM t WINDOW w AS (ORDER BY a)
----
-- expect 1:6 recursive CTEs
WITH RECURSIVE r AS (SELECT 1) SELECT * FROM r
----
-- expect 1:11 materialization
WITH c AS MATERIALIZED (SELECT 1) SELECT * FROM c
----
-- expect 1:23 TOP and LIMIT cannot be combined
SELECT TOP 5 a FROM t LIMIT 3
----
-- expect 1:34 FIRST or LAST
SELECT a FROM t ORDER BY a NULLS MIDDLE
----
-- expect 1:8 unexpected keyword 'from'
SELECT FROM t
----
-- expect 1:11 unexpected keyword 'from'
SELECT a, FROM t
----
-- expect 1:14 expected a table name
SELECT a FROM
----
-- expect 1:22 expected an expression
SELECT a FROM t WHERE
----
-- expect 1:11 expected ')'
SELECT (a FROM t
----
-- expect 1:9 expected end of query
SELECT a) FROM t
----
-- expect 1:29 expected an expression
SELECT a FROM t WHERE a IN ()
----
-- expect 1:13 unexpected keyword 'end'
SELECT CASE END
----
-- expect 1:27 expected END
SELECT CASE WHEN a THEN 1 FROM t
----
-- expect 1:34 expected AND
SELECT a FROM t WHERE a BETWEEN 1
----
-- expect 1:28 NULL, TRUE, FALSE or DISTINCT FROM
SELECT a FROM t WHERE a IS 5
----
-- expect 1:21 expected a table name
SELECT a FROM t JOIN
----
-- expect 1:12 expected end of query
SELECT t.* .a FROM t
----
-- expect 1:12 expected end of query
SELECT a.* + 1 FROM t
----
-- expect 1:17 qualified function names
SELECT schema.fn(a) FROM t
----
-- expect 1:27 expected a parameter name
SELECT a FROM t WHERE a = :
----
-- expect 1:13 expected an alias
SELECT a AS select FROM t
----
-- expect 1:20 expected an alias
SELECT a FROM t AS from
----
-- expect 3:11 expected an expression
SELECT a
FROM t
WHERE a ==== b
----
-- expect 4:11 unexpected character '@'
SELECT a
  FROM t
  WHERE b = 'x' 
  AND c = @d
----
-- expect 1:31 unexpected character '#'
SELECT a FROM t WHERE a = 'x' # comment
----
-- expect 1:25 unexpected character '~'
SELECT a FROM t WHERE b ~ 'x'
----
-- expect 1:10 unexpected character '^'
SELECT a ^ 2 FROM t
----
-- expect 1:8 '
SELECT |/ a FROM t|unexpected character '
----
-- expect 1:16 '$' is not allowed in names
SELECT a FROM t$x
----
-- expect 1:19 named arguments
SELECT date_add(a => 1) FROM t
----
-- expect 1:12 NUL character
SELECT 'nul\0' FROM t
----
-- expect 1:9 malformed \u escape
SELECT '\u00' FROM t
----
-- expect 2:1 only one statement
SELECT a FROM t; -- trailing
SELECT 2
