-- The verdict of a finished experiment (docs/experiments.md), stored so that a list of many patients (the
-- clinician's) can show it without reading their nights: HELPED, NO_WORTHWHILE_EFFECT, WORSE, CANT_TELL or
-- NOT_RELIABLE. Written when the experiment finishes and rewritten whenever its analysis, computed again (a night
-- edited afterwards), gives another; NULL while it runs, when it was stopped (no verdict) and for an experiment whose
-- last night is over but which nobody has opened since. An experiment finished before this migration gets its verdict
-- the next time it is read (the verdict needs the nights: SQL cannot compute it). No CHECK on the value (see V4).
ALTER TABLE experiments ADD COLUMN verdict VARCHAR(24);
