/**
 * The stored workshops whose clock may move by itself, asked of the stored JSON so that start-up
 * parses none of the others (a server with years of finished workshops starts in a second).
 *
 * It must find every workshop `nextAutoAdvance` could move, and may find a few more (those are
 * read for nothing and let go once idle). A clock moves by itself only while it runs in a
 * sub-phase (`phaseId`) of its step (`stepId`) that has another sub-phase after it; so a clock
 * left running on a step without sub-phases, or in a step's last sub-phase, as a finished
 * workshop's often is, is not read. Loading upgrades a state (upgradeWorkshopState), but never
 * the sub-phases of a step whose clock runs, so the stored JSON answers for the loaded state.
 *
 * Only CASE is sure to skip what follows it in SQLite (AND is not): json_extract on a value
 * that is not JSON fails the whole query, and one damaged workshop must not stop the start.
 */
export const CLOCKS_THAT_MAY_ADVANCE = `
  SELECT code FROM workshops AS w WHERE
    CASE WHEN json_valid(w.state) THEN
      CASE WHEN json_extract(w.state, '$.clock.runningSince') IS NOT NULL
            AND json_extract(w.state, '$.clock.phaseId') IS NOT NULL
      THEN EXISTS (
        SELECT 1 FROM json_each(w.state, '$.agenda') AS step
        WHERE CASE WHEN step.type = 'object' THEN
          json_extract(step.value, '$.id') = json_extract(w.state, '$.clock.stepId')
          AND json_extract(step.value, '$.phases[#-1].id') IS NOT json_extract(w.state, '$.clock.phaseId')
        END
      )
      END
    END`;
