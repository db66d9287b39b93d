SELECT DISTINCT companya.internalid, companyb.segment3, companyb.segment4
FROM companya
INNER JOIN companyb ON companya.identifier2 = companyb.identifier2
WHERE companya.customercategory > 'xxx'
----
SELECT companya.internalid, companyb.segment3, companyb.segment4 FROM companya INNER JOIN companyb ON companya.identifier2 = companyb.identifier2 WHERE companya.customercategory > 'xxx'
----
SELECT DISTINCT segment3 FROM companyb
----
SELECT DISTINCT a.internalid FROM companya a JOIN companyb b ON a.identifier1 = b.identifier2
----
SELECT DISTINCT a.identifier2 FROM companya a JOIN companyb b ON a.identifier2 = b.identifier2
----
SELECT DISTINCT UPPER(b.segment3) FROM companya a JOIN companyb b ON a.identifier2 = b.identifier2
----
SELECT DISTINCT a.internalid, b.segment3 FROM companya a JOIN companyb b ON a.identifier2 = b.identifier2 WHERE a.segment1 = 'x' AND b.segment4 IN ('a','b') LIMIT 100
----
SELECT DISTINCT a.internalid FROM companya a JOIN companyb b ON a.identifier2 = b.identifier2 ORDER BY b.segment3
----
SELECT DISTINCT a.internalid FROM companya a JOIN companyb b ON a.identifier2 = b.identifier2 LIMIT 10 OFFSET 10
----
SELECT DISTINCT a.internalid FROM companya a JOIN companyb b ON a.identifier2 = b.identifier2 OR a.identifier1 = b.identifier2
----
SELECT DISTINCT a.internalid FROM companya a JOIN companyb b ON a.identifier2 = b.identifier2 WHERE state + '_' + city = 'NY_NYC'
----
SELECT DISTINCT b.segment3 FROM companya a LEFT JOIN companyb b ON a.identifier2 = b.identifier2
----
SELECT DISTINCT "members"."city", "members"."loyalty_card" FROM "members"
----
SELECT DISTINCT "members"."loyalty_card", "members"."city", "flight_history"."points_redeemed" FROM "flight_history" INNER JOIN "members" ON "flight_history"."loyalty_number" = "members"."loyalty_number" WHERE "flight_history"."points_redeemed" > 850
----
SELECT age FROM users
----
SELECT * FROM users
----
SELECT COUNT(age) FROM users
----
SELECT count_age FROM (SELECT COUNT(age) AS count_age FROM users)
----
SELECT CONCAT(name, email) FROM users
----
WITH cte AS (SELECT age AS age_alias FROM users) SELECT age_alias FROM cte
----
SELECT u.email, u.gender FROM users AS u WHERE u.name = 'Mike' ORDER BY u.name
----
WITH cte AS (SELECT u.gender, u.id, u.first_name FROM users AS u) SELECT first_name FROM (SELECT cte.gender, cte.id, cte.first_name FROM cte)
----
SELECT u.name, p.gender, p.age FROM users AS u JOIN pets AS p ON u.name = p.owner_name
----
WITH matches_table AS (
     SELECT si.user_id, si.campaign_id, s.sale_id, s.sale_price
     FROM socialco_impressions si
     JOIN socialco_users su ON su.user_id = si.user_id
     JOIN athletic_brand_sales s ON s.emailsha256 = su.emailsha256
     WHERE s.timestamp > si.timestamp
  UNION ALL
     SELECT si.user_id, si.campaign_id, s.sale_id, s.sale_price
     FROM socialco_impressions si
     JOIN socialco_users su ON su.user_id = si.user_id
     JOIN athletic_brand_sales s ON s.phonesha256 = su.phonesha256
     WHERE s.timestamp > si.timestamp
)
SELECT COUNT (DISTINCT user_id) AS unique_users
FROM matches_table
GROUP BY campaign_id
ORDER BY COUNT (DISTINCT user_id) DESC
LIMIT 5
----
SELECT conversion_id, user_id, ROW_NUMBER() OVER (PARTITION BY conversion_id, user_id ORDER BY match_type, match_age) AS row FROM conversions
----
SELECT event_date, COUNT(DISTINCT user_id) FROM impressions WHERE campaign_id = 'C1' GROUP BY event_date
----
SELECT event_date, COUNT(DISTINCT user_id) FROM impressions WHERE user_id = 'U-88231' GROUP BY event_date
----
SELECT COUNT(DISTINCT a.user_id) FROM impressions a JOIN impressions b ON a.user_id = b.user_id
----
SELECT COUNT(DISTINCT a.user_id) FROM impressions a JOIN impressions b ON a.email = b.email
----
SELECT campaign_id, SUM(CASE WHEN zip_code = '00001' THEN 1 ELSE 0 END) FROM impressions GROUP BY campaign_id
----
SELECT COUNT(DISTINCT user_id) FROM impressions
----
SELECT provider.data_col, consumer.data_col FROM provider JOIN idMappingTable idmt ON provider.id = idmt.sourceId JOIN consumer ON consumer.id = idmt.targetId
----
SELECT COUNT(DISTINCT si.user_id) FROM socialco_impressions si WHERE si.timestamp > :date_period
----
SELECT SUM(table1.amount) FROM table1 WHERE table1.date + :date_period > table1.date
----
SELECT /*+ BROADCAST(b) */ a.id, b.segment FROM a JOIN b ON a.id = b.id
----
SELECT /*+ REPARTITION(10), COALESCE(2) */ /*+ MERGE(a, b) */ COUNT(*) FROM a JOIN b ON a.id = b.id
