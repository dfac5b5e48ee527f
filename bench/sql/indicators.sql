-- The best hand-written SQL for every figure /api/v1/indicators returns for a scope — the yardstick the endpoint is
-- measured against (bench/steps/indicators.sh times it in psql, median of several runs). Same definitions as the
-- indicators in src/Modules/Training/Audit/Indicators, one statement, one row per indicator in the API's order.
--   psql -v scope=/1/ -v today=2026-11-22 -f bench/sql/indicators.sql
-- scope: the materialized path of the province (/1/) or of one district (/1/2/); today: the date in Vietnam.
--
-- Shape: the scope's active organizations are read once through the Path prefix index (units, schools); each
-- indicator is then one pass over its table restricted to the year or to the scope, joined by hash to those units.
-- What depends only on an organization and a position (the code of conduct in force, the courses assigned) is
-- chosen once per organization and position, never per person (MATERIALIZED: inlined, PostgreSQL would redo the
-- choice per person).
\set ON_ERROR_STOP on

WITH params AS MATERIALIZED (
    -- The school year of the day (from 1 August), the first instant after the day in Vietnam (stored times are
    -- UTC), and the term: the first up to the semester-1 report on 15 January.
    SELECT d AS as_of,
        (d + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS cutoff,
        y || '-' || (y + 1) AS school_year,
        CASE WHEN d <= make_date(y + 1, 1, 15) THEN 1 ELSE 2 END AS term
    FROM (SELECT :'today'::date AS d) today
    CROSS JOIN LATERAL (SELECT CASE WHEN extract(month FROM d) >= 8 THEN extract(year FROM d)::int ELSE extract(year FROM d)::int - 1 END AS y) year
),
units AS MATERIALIZED (
    SELECT o."Id", o."Path", o."Kind", o."Level"
    FROM "Organizations" o
    WHERE o."Path" LIKE :'scope' || '%' AND o."IsActive"
),
-- Schools (2) and centres (3): what the school indicators count.
schools AS MATERIALIZED (
    SELECT * FROM units WHERE "Kind" IN (2, 3)
),

-- 1. Awareness: activities of the year up to the day reaching staff (2) and pupils (1), together or apart.
awareness AS (
    SELECT count(*) AS denominator,
        count(*) FILTER (WHERE reached.audience & 3 = 3) AS numerator
    FROM schools
    LEFT JOIN (
        SELECT a."OrganizationId", bit_or(a."Audience") AS audience
        FROM "AwarenessActivities" a
        JOIN schools s ON s."Id" = a."OrganizationId"
        WHERE a."SchoolYear" = (SELECT school_year FROM params) AND a."Date" <= (SELECT as_of FROM params)
        GROUP BY a."OrganizationId"
    ) reached ON reached."OrganizationId" = schools."Id"
),

-- 2. Certificates: the assignments in force that day reaching into the scope (made above it or within it); the
-- courses they give each organization and position (positions 1 << p, levels 1 << level, 0 = any level); then each
-- active person with at least one such course, and whether they hold a current certificate for every one.
rules AS MATERIALIZED (
    SELECT a."CourseId", a."OrganizationPath", a."Positions", a."Levels"
    FROM "Assignments" a
    WHERE a."AssignedOn" <= (SELECT as_of FROM params)
        AND (a."WithdrawnAt" IS NULL OR a."WithdrawnAt" >= (SELECT cutoff FROM params))
        AND (a."OrganizationPath" LIKE :'scope' || '%' OR :'scope' LIKE a."OrganizationPath" || '%')
),
required AS MATERIALIZED (
    SELECT u."Id" AS organization_id, position.value AS position, array_agg(DISTINCT r."CourseId") AS courses
    FROM units u
    CROSS JOIN (VALUES (0), (1), (2)) AS position(value)
    JOIN rules r ON u."Path" LIKE r."OrganizationPath" || '%'
        AND r."Positions" & (1 << position.value) <> 0
        AND (r."Levels" = 0 OR r."Levels" & (1 << u."Level") <> 0)
    GROUP BY u."Id", position.value
),
-- Per person, how many of their assigned courses they hold a current certificate for, next to how many they are
-- assigned. No CTE in the pass over the certificates: it stays parallel-safe, so PostgreSQL reads them with its
-- workers (bench/notes/indicators-sql.md).
holding AS (
    SELECT c."PersonId", count(DISTINCT c."CourseId") AS courses
    FROM "Certificates" c
    JOIN "AspNetUsers" p ON p."Id" = c."PersonId" AND p."IsActive"
    JOIN "Organizations" o ON o."Id" = p."OrganizationId" AND o."Path" LIKE :'scope' || '%' AND o."IsActive"
    WHERE c."IssuedAt" < (:'today'::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
        AND c."ExpiresAt" >= (:'today'::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
        AND (c."RevokedAt" IS NULL OR c."RevokedAt" >= (:'today'::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
        AND EXISTS (
            SELECT 1 FROM "Assignments" a
            WHERE a."CourseId" = c."CourseId" AND a."AssignedOn" <= :'today'::date
                AND (a."WithdrawnAt" IS NULL OR a."WithdrawnAt" >= (:'today'::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
                AND (a."OrganizationPath" LIKE :'scope' || '%' OR :'scope' LIKE a."OrganizationPath" || '%')
                AND o."Path" LIKE a."OrganizationPath" || '%'
                AND a."Positions" & (1 << p."Position") <> 0
                AND (a."Levels" = 0 OR a."Levels" & (1 << o."Level") <> 0))
    GROUP BY c."PersonId"
),
certificates AS (
    SELECT count(*) AS denominator, count(*) FILTER (WHERE h.courses = cardinality(q.courses)) AS numerator
    FROM "AspNetUsers" p
    JOIN required q ON q.organization_id = p."OrganizationId" AND q.position = p."Position"
    LEFT JOIN holding h ON h."PersonId" = p."Id"
    WHERE p."IsActive"
),

-- 3. Conduct: the version in force for each organization and position (the nearest owner up the tree with a
-- published version effective for the position, its latest), and the active people who accepted it by the day;
-- everyone active counts, with or without a code in force.
effective AS MATERIALIZED (
    SELECT v."Id", o."Path" AS owner_path, v."Audience", v."EffectiveFrom", v."Number"
    FROM "ConductVersions" v
    JOIN "ConductPolicies" p ON p."Id" = v."PolicyId"
    JOIN "Organizations" o ON o."Id" = p."OrganizationId"
    WHERE v."State" = 1 AND v."EffectiveFrom" <= (SELECT as_of FROM params)
),
in_force AS MATERIALIZED (
    SELECT u."Id" AS organization_id, position.value AS position,
        (SELECT e."Id" FROM effective e
         WHERE u."Path" LIKE e.owner_path || '%' AND e."Audience" & (1 << position.value) <> 0
         ORDER BY length(e.owner_path) DESC, e."EffectiveFrom" DESC, e."Number" DESC
         LIMIT 1) AS version_id
    FROM units u
    CROSS JOIN (VALUES (0), (1), (2)) AS position(value)
),
conduct AS (
    SELECT count(*) AS denominator, count(a."PersonId") AS numerator
    FROM "AspNetUsers" p
    JOIN in_force f ON f.organization_id = p."OrganizationId" AND f.position = p."Position"
    LEFT JOIN "Acknowledgments" a ON a."PersonId" = p."Id" AND a."VersionId" = f.version_id AND a."Decision" = 0
        AND a."At" < (SELECT cutoff FROM params)
    WHERE p."IsActive"
),

-- 4. Hotline: an item of the school's own, published before the day, naming 111 with a way to report; or a
-- reporting channel of its public page filled in before the day.
publicising AS (
    SELECT i."OwnerOrganizationId" AS organization_id
    FROM "ContentItems" i
    JOIN "ContentVersions" v ON v."ContentItemId" = i."Id" AND v."Number" = i."PublishedVersion"
    WHERE i."State" = 1 AND i."OwnerPath" LIKE :'scope' || '%' AND v."PublishedAt" < (SELECT cutoff FROM params)
        AND v."SearchText" LIKE '%111%'
        AND (v."SearchText" LIKE '%tong dai%' OR v."SearchText" LIKE '%duong day nong%' OR v."SearchText" LIKE '%hop thu%'
            OR v."SearchText" LIKE '%kenh bao tin%' OR v."SearchText" LIKE '%kenh tiep nhan%')
    UNION
    SELECT c."OrganizationId"
    FROM "ReportingChannels" c
    WHERE c."UpdatedAt" < (SELECT cutoff FROM params)
        AND (c."Mailbox" IS NOT NULL OR c."Phone" IS NOT NULL OR c."Email" IS NOT NULL OR c."ContactPerson" IS NOT NULL)
),
hotline AS (
    SELECT count(*) AS denominator, count(p.organization_id) AS numerator
    FROM schools s
    LEFT JOIN publicising p ON p.organization_id = s."Id"
),

-- 5 and 6 read the coverage matrix: each topic's suggested grades (content/topics.yml; -3..0 are the preschool
-- groups) against the grades a school teaches (Grades.TaughtBy: by level for a school — multi-level 1–12 — and
-- 6–12 for a centre).
suggested(topic, grade) AS (
    SELECT 'sexual-abuse-prevention', generate_series(-1, 12)
    UNION ALL SELECT 'school-violence', generate_series(3, 12)
    UNION ALL SELECT 'online-safety', generate_series(3, 12)
    UNION ALL SELECT 'self-protection', generate_series(-3, 9)
    UNION ALL SELECT 'hotline-111', generate_series(0, 12)
    UNION ALL SELECT 'drugs', generate_series(6, 12)
    UNION ALL SELECT 'traffic-safety', generate_series(-2, 12)
    UNION ALL SELECT 'ethics-lifestyle', generate_series(1, 12)
    UNION ALL SELECT 'children-rights', generate_series(4, 12)
),
taught_grades(kind, level, grade) AS (
    SELECT 2, 0, generate_series(-3, 0)
    UNION ALL SELECT 2, 1, generate_series(1, 5)
    UNION ALL SELECT 2, 2, generate_series(6, 9)
    UNION ALL SELECT 2, 3, generate_series(10, 12)
    UNION ALL SELECT 2, 4, generate_series(1, 12)
    UNION ALL SELECT 3, NULL, generate_series(6, 12)
),
cells AS MATERIALIZED (
    SELECT s."Id" AS organization_id, s."Kind", s."Level", x.topic, x.grade
    FROM schools s
    JOIN taught_grades t ON t.kind = s."Kind" AND (s."Kind" = 3 OR t.level = s."Level")
    JOIN suggested x ON x.grade = t.grade
),
-- The year's entries recorded by the day, one row per school, topic and grade.
entries AS MATERIALIZED (
    SELECT e."OrganizationId" AS organization_id, e."TopicCode" AS topic, e."Grade" AS grade,
        bool_or(e."Term" = 1) AS term1, bool_or(e."Term" = 2) AS term2,
        bool_or(e."Term" = (SELECT term FROM params) AND e."Status" = 1) AS taught_this_term
    FROM "IntegrationEntries" e
    JOIN schools s ON s."Id" = e."OrganizationId"
    WHERE e."SchoolYear" = (SELECT school_year FROM params) AND e."CreatedAt" < (SELECT cutoff FROM params)
    GROUP BY 1, 2, 3
),
matrix AS MATERIALIZED (
    SELECT c.organization_id, c."Kind", c."Level",
        bool_and(CASE WHEN c.topic = 'online-safety' THEN coalesce(e.term1 AND e.term2, false) ELSE e.organization_id IS NOT NULL END) AS complete,
        bool_and(coalesce(e.taught_this_term, false)) FILTER (WHERE c.topic = 'online-safety') AS taught_online_safety
    FROM cells c
    LEFT JOIN entries e ON e.organization_id = c.organization_id AND e.topic = c.topic AND e.grade = c.grade
    GROUP BY c.organization_id, c."Kind", c."Level"
),
-- 5. Online safety: primary and secondary schools (not preschools, not centres), taught in this term in every
-- grade the topic is suggested for.
online_safety AS (
    SELECT count(*) AS denominator, count(*) FILTER (WHERE taught_online_safety) AS numerator
    FROM matrix
    WHERE "Kind" = 2 AND "Level" <> 0 AND taught_online_safety IS NOT NULL
),
-- 6. Integration: schools teaching any grade with no gap in their matrix.
integration AS (
    SELECT count(*) AS denominator, count(*) FILTER (WHERE complete) AS numerator
    FROM matrix
),

-- 7. Commitments: the year's commitment published by the day, signed by at least 90% of the families invited.
commitments AS (
    SELECT count(*) AS denominator,
        count(*) FILTER (WHERE signatures.invited > 0 AND 100 * signatures.signed >= 90 * signatures.invited) AS numerator
    FROM schools
    LEFT JOIN (
        SELECT c."OrganizationId", count(*) AS invited,
            count(*) FILTER (WHERE i."SignedAt" < (SELECT cutoff FROM params)) AS signed
        FROM "FamilyCommitments" c
        JOIN schools s ON s."Id" = c."OrganizationId"
        JOIN "CommitmentInvitations" i ON i."CommitmentId" = c."Id"
        WHERE c."SchoolYear" = (SELECT school_year FROM params) AND c."PublishedAt" < (SELECT cutoff FROM params)
        GROUP BY c."OrganizationId"
    ) signatures ON signatures."OrganizationId" = schools."Id"
)
SELECT 'awareness' AS indicator, numerator, denominator FROM awareness
UNION ALL SELECT 'certificates', numerator, denominator FROM certificates
UNION ALL SELECT 'conduct', numerator, denominator FROM conduct
UNION ALL SELECT 'hotline', numerator, denominator FROM hotline
UNION ALL SELECT 'online-safety', numerator, denominator FROM online_safety
UNION ALL SELECT 'integration', numerator, denominator FROM integration
UNION ALL SELECT 'commitments', numerator, denominator FROM commitments;
