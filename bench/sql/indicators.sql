-- The best hand-written SQL for the audit indicator "staff who acknowledged the code of conduct in force", the
-- yardstick /api/v1/indicators is measured against (bench/run times it in psql, median of several runs).
--   psql -v scope=/1/ -v today=2026-11-22 -f bench/sql/indicators.sql
-- scope: the materialized path of the province (/1/) or of one district (/1/2/); today: the date in Vietnam.
--
-- The version in force depends only on a person's organization and position (the nearest policy up the tree with a
-- published version already effective for that position, its latest such version; see ConductInForce), so it is
-- chosen once per organization and position, never per person (MATERIALIZED: inlined, PostgreSQL would run the
-- choice once per person, 100 times slower); then one pass over the active staff of the scope
-- with an index lookup into Acknowledgments (PersonId, VersionId, Decision) per person.
\set ON_ERROR_STOP on

WITH effective AS MATERIALIZED (
    SELECT v."Id", o."Path" AS owner_path, v."Audience", v."EffectiveFrom", v."Number"
    FROM "ConductVersions" v
    JOIN "ConductPolicies" p ON p."Id" = v."PolicyId"
    JOIN "Organizations" o ON o."Id" = p."OrganizationId"
    WHERE v."State" = 1 AND v."EffectiveFrom" <= :'today'::date
),
in_force AS MATERIALIZED (
    SELECT o."Id" AS organization_id, o."Path", position.value AS position,
        (SELECT e."Id" FROM effective e
         WHERE o."Path" LIKE e.owner_path || '%' AND (e."Audience" & (1 << position.value)) <> 0
         ORDER BY length(e.owner_path) DESC, e."EffectiveFrom" DESC, e."Number" DESC
         LIMIT 1) AS version_id
    FROM "Organizations" o
    CROSS JOIN (VALUES (0), (1), (2)) AS position(value)
    WHERE o."Path" LIKE :'scope' || '%'
),
staff AS (
    SELECT nullif(split_part(substr(f."Path", length(:'scope') + 1), '/', 1), '') AS child, (a."Id" IS NOT NULL) AS acknowledged
    FROM "AspNetUsers" u
    JOIN in_force f ON f.organization_id = u."OrganizationId" AND f.position = u."Position"
    LEFT JOIN "Acknowledgments" a ON a."PersonId" = u."Id" AND a."VersionId" = f.version_id AND a."Decision" = 0
    WHERE u."IsActive" AND f.version_id IS NOT NULL
)
-- The scope's total, its own office's staff, then one row per child organization id (districts, or schools under a
-- district), as a drill-down shows.
SELECT CASE WHEN grouping(child) = 1 THEN 'total' ELSE coalesce(child, 'office') END AS child,
    count(*) AS staff,
    count(*) FILTER (WHERE acknowledged) AS acknowledged,
    round(100.0 * count(*) FILTER (WHERE acknowledged) / count(*), 1) AS percent
FROM staff
GROUP BY ROLLUP (child)
ORDER BY grouping(child) DESC, child NULLS FIRST;
