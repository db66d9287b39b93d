SELECT publisher.campaignname, advertiser.demoseg, COUNT(DISTINCT advertiser.hashedemail) AS ct FROM advertiser INNER JOIN publisher ON advertiser.hashedemail = publisher.hashedemail GROUP BY publisher.campaignname, advertiser.demoseg
----
SELECT publisher.campaignname, advertiser.demoseg, COUNT(DISTINCT advertiser.hashedemail) AS ct FROM advertiser INNER JOIN publisher ON advertiser.hashedemail = publisher.hashedemail GROUP BY publisher.campaignname, advertiser.demoseg HAVING COUNT(DISTINCT advertiser.hashedemail) > 500 ORDER BY ct DESC
----
SELECT COUNT(DISTINCT hashedemail) FROM publisher
----
SELECT SUM(advertiser.purchases), TRUNC(advertiser.purchasedate) FROM advertiser GROUP BY TRUNC(advertiser.purchasedate)
----
SELECT advertiser.demoseg FROM advertiser
----
SELECT advertiser.hashedemail, COUNT(*) FROM advertiser GROUP BY advertiser.hashedemail
----
SELECT SUM(publisher.hashedemail) FROM advertiser JOIN publisher ON advertiser.hashedemail = publisher.hashedemail
----
SELECT AVG(advertiser.purchases * 2) FROM advertiser
----
SELECT ROUND(AVG(advertiser.purchases)) FROM advertiser
----
SELECT COUNT(DISTINCT a.hashedemail) FROM advertiser a LEFT JOIN publisher p ON a.hashedemail = p.hashedemail
----
SELECT COUNT(DISTINCT a.hashedemail) FROM advertiser a JOIN publisher p ON a.hashedemail = p.hashedemail OR a.demoseg = p.campaignname
----
WITH x AS (SELECT * FROM advertiser) SELECT COUNT(DISTINCT hashedemail) FROM x
----
SELECT COUNT(DISTINCT hashedemail) FROM advertiser UNION SELECT COUNT(DISTINCT hashedemail) FROM publisher
----
SELECT SUM(purchases) FROM advertiser LIMIT 10
----
SELECT SUM(a.purchases) FROM advertiser a JOIN publisher p ON a.hashedemail = p.hashedemail WHERE p.campaignname = 'spring'
----
SELECT SUM(a.purchases) FROM advertiser a JOIN publisher p ON a.hashedemail = p.hashedemail WHERE a.hashedemail LIKE 'a%'
----
SELECT COUNT(DISTINCT "flight_history"."loyalty_number"), "flight_history"."year", "flight_history"."month" FROM "flight_history" WHERE "flight_history"."flights_booked" > 0 GROUP BY "flight_history"."year", "flight_history"."month" ORDER BY "flight_history"."year", "flight_history"."month"
----
SELECT COUNT(DISTINCT "flight_history"."loyalty_number"), "flight_history"."year", "flight_history"."month" FROM "flight_history" INNER JOIN "members" ON "flight_history"."loyalty_number" = "members"."loyalty_number" WHERE "flight_history"."flights_booked" > 0 GROUP BY "flight_history"."year", "flight_history"."month" ORDER BY "flight_history"."year", "flight_history"."month"
----
SELECT "members"."city", AVG("flight_history"."points_redeemed") AS avg_points_redeemed FROM "flight_history" INNER JOIN "members" ON "flight_history"."loyalty_number" = "members"."loyalty_number" WHERE "flight_history"."year" = '2017' AND "flight_history"."month" = '1' GROUP BY "members"."city" ORDER BY avg_points_redeemed DESC
----
SELECT COUNT(DISTINCT loyalty_number) AS member_count, city, education, enrollment_type, gender, loyalty_card, marital_status FROM members GROUP BY city, education, enrollment_type, gender, loyalty_card, marital_status ORDER BY member_count DESC
----
SELECT SUM(price), user_segment FROM sales GROUP BY user_segment
----
SELECT COUNT(DISTINCT hashedemail) FROM consumer_table INNER JOIN provider_table ON consumer_table.identifier1 = provider_table.identifier1 AND consumer_table.identifier2 = provider_table.identifier2
----
SELECT COUNT(DISTINCT t1.id) FROM t1 JOIN t2 ON t1.id = t2.id AND t1.name = t2.name
----
SELECT COUNT(DISTINCT t1.id) FROM t1 JOIN t2 ON t1.id = t2.id OR t1.name = t2.name
----
SELECT SUM(sales) FROM t WHERE price > 100
----
SELECT SUM(sales) FROM t WHERE TRUNC(timestampcolumn) = '1/1/2022'
----
SELECT SUM(sales) FROM t WHERE timestampcolumn = timestampcolumn2 - 14
----
SELECT SUM(sales), TRUNC(timestampcolumn), UPPER(campaignname), segment FROM t GROUP BY TRUNC(timestampcolumn), UPPER(campaignname), segment
----
SELECT segment, SUM(sales) FROM t GROUP BY segment HAVING SUM(sales) > 500
----
SELECT SUM(sales), TRUNC(timestampcolumn) FROM t GROUP BY TRUNC(timestampcolumn) ORDER BY SUM(sales), TRUNC(timestampcolumn)
