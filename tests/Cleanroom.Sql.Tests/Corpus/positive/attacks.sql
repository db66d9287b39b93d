SELECT COUNT(DISTINCT p.hashed_email) AS users, SUM(p.spend) AS spend
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
WHERE p.segment = 'luxury';
----
SELECT COUNT(DISTINCT p.hashed_email) AS users, SUM(p.spend) AS spend
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
WHERE p.segment = 'luxury' AND a.crm_id <> 'C-000042';      -- C-000042 = target
----
SELECT p.segment, COUNT(DISTINCT p.hashed_email), SUM(p.spend) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY p.segment
----
SELECT COUNT(DISTINCT p.hashed_email) FROM pub_events p JOIN adv_crm a ON p.hashed_email=a.hashed_email
 WHERE (p.region='NW-7' AND p.age_band='85+') OR p.device='ios';
----
SELECT COUNT(DISTINCT p.hashed_email) FROM pub_events p JOIN adv_crm a ON p.hashed_email=a.hashed_email
 WHERE (p.region='NW-7' AND p.age_band='85+') OR p.device<>'ios';
----
SELECT COUNT(DISTINCT p.hashed_email) AS users
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
WHERE p.segment = 'diabetes_interest';
----
SELECT COUNT(DISTINCT p.hashed_email) AS users, SUM(p.spend) AS spend, SUM(p.impressions) AS imps
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email;
----
SELECT COUNT(*) - COUNT(p.hashed_email) FROM adv_crm a LEFT JOIN pub_events p ON a.hashed_email = p.hashed_email
----
SELECT a.grp_7 AS g, COUNT(DISTINCT p.hashed_email) AS users,
       SUM(CAST(p.segment = 'diabetes_interest' AS INT)) AS positives
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
GROUP BY a.grp_7;
----
SELECT DISTINCT a.crm_id
FROM adv_crm a INNER JOIN pub_events p ON a.hashed_email = p.hashed_email
WHERE p.segment = 'diabetes_interest';
----
SELECT COUNT(DISTINCT p.hashed_email)
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
WHERE CAST(CASE WHEN a.crm_id = 'C-000042' AND p.region = 'NW-7' THEN 'x' ELSE '1' END AS INT) = 1;
----
SELECT COUNT(DISTINCT p.hashed_email)
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
WHERE CASE WHEN a.crm_id='C-000042' AND p.segment='diabetes_interest'
           THEN LENGTH(REPEAT(p.device, 50000000)) > 0 ELSE TRUE END;
----
SELECT p.region, SUM(p.spend) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY p.region ORDER BY 2 ASC LIMIT 1
----
SELECT COUNT(DISTINCT p.hashed_email) AS users,
       SUM(CASE WHEN p.region='NW-7' AND p.age_band='85+' AND p.device='android' THEN p.spend ELSE 0 END) AS x
FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email;
----
SELECT COUNT(DISTINCT CASE WHEN p.region = 'NW-7' THEN p.hashed_email END) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email
----
SELECT EXTRACT(minute FROM p.event_ts), ROUND(p.spend, 2), LOWER(p.device), COUNT(DISTINCT p.hashed_email) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email GROUP BY EXTRACT(minute FROM p.event_ts), ROUND(p.spend, 2), LOWER(p.device)
----
SELECT COUNT(DISTINCT p.hashed_email) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email WHERE p.device LIKE 'ab%'
----
SELECT COUNT(DISTINCT p.hashed_email) FROM pub_events p JOIN adv_crm a ON p.hashed_email = a.hashed_email WHERE p.hashed_email > 'h_T'
----
WITH ranked AS (SELECT p.hashed_email, p.spend, RANK() OVER (ORDER BY p.spend DESC) AS r FROM pub_events p)
SELECT SUM(spend) FROM ranked WHERE r = 1
