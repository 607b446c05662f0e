/**
 * storage/clocks-that-may-advance.ts in PostgreSQL's JSON operators: the stored workshops whose
 * clock may move by itself, found without parsing the others in the server. Same rule: a clock
 * moves by itself only while it runs in a sub-phase (`phaseId`) of its step (`stepId`) that has
 * another sub-phase after it; finding a few more is harmless, missing one is not.
 *
 * cg_json_or_null (see migrations.ts) turns a state that is not JSON into null, so one damaged
 * workshop is skipped instead of failing the whole query. `->` on a value of the wrong shape
 * gives null rather than an error; only json_array_elements would throw, hence its CASE.
 * `IS DISTINCT FROM` is SQLite's `IS NOT`: a step with no sub-phases at all is found too.
 */
export const CLOCKS_THAT_MAY_ADVANCE = `
  SELECT w.code FROM workshops AS w CROSS JOIN LATERAL (SELECT cg_json_or_null(w.state) AS s) AS j
  WHERE j.s -> 'clock' ->> 'runningSince' IS NOT NULL
    AND j.s -> 'clock' ->> 'phaseId' IS NOT NULL
    AND EXISTS (
      SELECT 1
      FROM json_array_elements(CASE WHEN json_typeof(j.s -> 'agenda') = 'array' THEN j.s -> 'agenda' END) AS step
      WHERE json_typeof(step) = 'object'
        AND step ->> 'id' = j.s -> 'clock' ->> 'stepId'
        AND step -> 'phases' -> -1 ->> 'id' IS DISTINCT FROM j.s -> 'clock' ->> 'phaseId'
    )`;
