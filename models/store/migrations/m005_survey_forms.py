"""Version 5: paper survey forms. A response carries the number printed on its form
(unique within its campaign; the demo's and any earlier responses are numbered in the
order they were typed in), the building of its room when it was typed in, and who
corrected it last; a campaign remembers how many forms were printed, so the next batch
continues the numbering.

`survey_tally` holds how many answers each question got of each score per building
(0: forms without a room), kept by triggers whoever writes the answers, so the results
of a campaign of 10,000 forms read a few hundred rows instead of 200,000. To keep it
exact, answers are replaced rather than edited, and a response's building is fixed
while it holds answers (the domain deletes the answers, changes the room, inserts them)."""

from __future__ import annotations

STATEMENTS = [
    "ALTER TABLE survey_response ADD COLUMN form_number INTEGER",
    'ALTER TABLE survey_response ADD COLUMN building_id INTEGER REFERENCES "building" ("id") ON DELETE RESTRICT',
    "ALTER TABLE survey_response ADD COLUMN corrected_at DATETIME",
    'ALTER TABLE survey_response ADD COLUMN corrected_by_id INTEGER REFERENCES "user" ("id") ON DELETE RESTRICT',
    "ALTER TABLE survey_campaign ADD COLUMN forms_printed INTEGER NOT NULL DEFAULT 0",
]

INDEXES = [
    'CREATE UNIQUE INDEX IF NOT EXISTS "survey_response_campaign_id_form_number" '
    'ON "survey_response" ("campaign_id", "form_number")',
    'CREATE INDEX IF NOT EXISTS "survey_response_campaign_id_room_id" ON "survey_response" ("campaign_id", "room_id")',
    'CREATE INDEX IF NOT EXISTS "survey_response_campaign_id_building_id" '
    'ON "survey_response" ("campaign_id", "building_id")',
]

TALLY = """
CREATE TABLE IF NOT EXISTS "survey_tally" (
    "campaign_id" INTEGER NOT NULL REFERENCES "survey_campaign" ("id") ON DELETE CASCADE,
    "question_id" INTEGER NOT NULL REFERENCES "survey_question" ("id") ON DELETE CASCADE,
    "building_id" INTEGER NOT NULL,
    "score" INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    "count" INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY ("question_id", "building_id", "score")
) WITHOUT ROWID"""

TALLY_INDEX = 'CREATE INDEX IF NOT EXISTS "survey_tally_campaign_id" ON "survey_tally" ("campaign_id")'

TRIGGERS = {
    "survey_tally_answer_added": """
CREATE TRIGGER survey_tally_answer_added AFTER INSERT ON survey_answer BEGIN
  INSERT INTO survey_tally (campaign_id, question_id, building_id, score, count)
  SELECT r.campaign_id, new.question_id, coalesce(r.building_id, 0), new.score, 1
  FROM survey_response r WHERE r.id = new.response_id
  ON CONFLICT (question_id, building_id, score) DO UPDATE SET count = count + 1;
END""",
    "survey_tally_answer_removed": """
CREATE TRIGGER survey_tally_answer_removed AFTER DELETE ON survey_answer BEGIN
  UPDATE survey_tally SET count = count - 1
  WHERE question_id = old.question_id AND score = old.score
    AND building_id = (SELECT coalesce(building_id, 0) FROM survey_response WHERE id = old.response_id);
END""",
    "survey_answer_no_update": """
CREATE TRIGGER survey_answer_no_update BEFORE UPDATE ON survey_answer BEGIN
  SELECT RAISE(ABORT, 'survey answers are replaced, not edited');
END""",
    "survey_response_answers_go_first": """
CREATE TRIGGER survey_response_answers_go_first BEFORE DELETE ON survey_response BEGIN
  DELETE FROM survey_answer WHERE response_id = old.id;
END""",
    "survey_response_building_fixed": """
CREATE TRIGGER survey_response_building_fixed BEFORE UPDATE OF building_id, campaign_id ON survey_response
WHEN (old.building_id IS NOT new.building_id OR old.campaign_id IS NOT new.campaign_id)
 AND EXISTS (SELECT 1 FROM survey_answer WHERE response_id = old.id) BEGIN
  SELECT RAISE(ABORT, 'a survey response keeps its building while it holds answers');
END""",
}


def apply(database) -> None:
    for statement in STATEMENTS:
        database.execute_sql(statement)
    number_existing_responses(database)
    database.execute_sql(
        "UPDATE survey_response SET building_id = (SELECT building_id FROM room WHERE room.id = survey_response.room_id)"
    )
    for statement in [*INDEXES, TALLY, TALLY_INDEX]:
        database.execute_sql(statement)
    database.execute_sql(
        """INSERT INTO survey_tally (campaign_id, question_id, building_id, score, count)
           SELECT r.campaign_id, a.question_id, coalesce(r.building_id, 0), a.score, count(*)
           FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
           GROUP BY r.campaign_id, a.question_id, coalesce(r.building_id, 0), a.score"""
    )
    for name, statement in TRIGGERS.items():
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        database.execute_sql(statement)


POSTGRESQL_TRIGGERS = {
    "survey_tally_answer_added": (
        "survey_answer",
        "AFTER INSERT",
        """BEGIN
  INSERT INTO survey_tally (campaign_id, question_id, building_id, score, count)
  SELECT r.campaign_id, NEW.question_id, coalesce(r.building_id, 0), NEW.score, 1
  FROM survey_response r WHERE r.id = NEW.response_id
  ON CONFLICT (question_id, building_id, score) DO UPDATE SET count = survey_tally.count + 1;
  RETURN NULL;
END""",
    ),
    "survey_tally_answer_removed": (
        "survey_answer",
        "AFTER DELETE",
        """BEGIN
  UPDATE survey_tally SET count = count - 1
  WHERE question_id = OLD.question_id AND score = OLD.score
    AND building_id = (SELECT coalesce(building_id, 0) FROM survey_response WHERE id = OLD.response_id);
  RETURN NULL;
END""",
    ),
    "survey_answer_no_update": (
        "survey_answer",
        "BEFORE UPDATE",
        """BEGIN
  RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = 'survey answers are replaced, not edited';
END""",
    ),
    "survey_response_answers_go_first": (
        "survey_response",
        "BEFORE DELETE",
        """BEGIN
  DELETE FROM survey_answer WHERE response_id = OLD.id;
  RETURN OLD;
END""",
    ),
    "survey_response_building_fixed": (
        "survey_response",
        "BEFORE UPDATE OF building_id, campaign_id",
        """BEGIN
  IF (OLD.building_id IS DISTINCT FROM NEW.building_id OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id)
     AND EXISTS (SELECT 1 FROM survey_answer WHERE response_id = OLD.id) THEN
    RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
      MESSAGE = 'a survey response keeps its building while it holds answers';
  END IF;
  RETURN NEW;
END""",
    ),
}


def apply_postgresql(database) -> None:
    """The same columns, indexes, tally and triggers (a new server office has no forms to number)."""
    from models.store.pg_schema import create_trigger, postgres_ddl

    for statement in [*STATEMENTS, *INDEXES, TALLY, TALLY_INDEX]:
        database.execute_sql(postgres_ddl(statement))
    for name, (table, timing, body) in POSTGRESQL_TRIGGERS.items():
        create_trigger(database, name, table, body, timing)


def number_existing_responses(database) -> None:
    """Give responses without a form number 1, 2, 3 … per campaign in the order they were
    entered, after any number the campaign already holds."""
    database.execute_sql(
        """
        CREATE TEMP TABLE survey_form_numbers AS
        SELECT r.id AS id,
               row_number() OVER (PARTITION BY r.campaign_id ORDER BY r.entered_at, r.id) + coalesce(held.top, 0) AS n
        FROM survey_response r
        LEFT JOIN (SELECT campaign_id, max(form_number) AS top FROM survey_response GROUP BY campaign_id) held
               ON held.campaign_id = r.campaign_id
        WHERE r.form_number IS NULL
        """
    )
    database.execute_sql("CREATE UNIQUE INDEX temp.survey_form_numbers_id ON survey_form_numbers (id)")
    database.execute_sql(
        "UPDATE survey_response SET form_number = (SELECT n FROM survey_form_numbers f WHERE f.id = survey_response.id)"
        " WHERE form_number IS NULL"
    )
    database.execute_sql("DROP TABLE temp.survey_form_numbers")
    database.execute_sql(
        """
        UPDATE survey_campaign SET forms_printed = max(forms_printed, coalesce(
            (SELECT max(form_number) FROM survey_response WHERE campaign_id = survey_campaign.id), 0))
        """
    )
