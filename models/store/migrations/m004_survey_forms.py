"""Version 4: paper survey forms. A response carries the number printed on its form
(unique within its campaign; the demo's and any earlier responses are numbered in the
order they were typed in) and who corrected it last; a campaign remembers how many
forms were printed, so the next batch continues the numbering. Indexes serve the
one-response-per-room check and the results' counting of answers."""

from __future__ import annotations

STATEMENTS = [
    "ALTER TABLE survey_response ADD COLUMN form_number INTEGER",
    "ALTER TABLE survey_response ADD COLUMN corrected_at DATETIME",
    'ALTER TABLE survey_response ADD COLUMN corrected_by_id INTEGER REFERENCES "user" ("id") ON DELETE RESTRICT',
    "ALTER TABLE survey_campaign ADD COLUMN forms_printed INTEGER NOT NULL DEFAULT 0",
]

INDEXES = [
    'CREATE UNIQUE INDEX IF NOT EXISTS "survey_response_campaign_id_form_number" '
    'ON "survey_response" ("campaign_id", "form_number")',
    'CREATE INDEX IF NOT EXISTS "survey_response_campaign_id_room_id" ON "survey_response" ("campaign_id", "room_id")',
    'CREATE INDEX IF NOT EXISTS "survey_answer_question_id_score" ON "survey_answer" ("question_id", "score")',
]


def apply(database) -> None:
    for statement in STATEMENTS:
        database.execute_sql(statement)
    number_existing_responses(database)
    for statement in INDEXES:
        database.execute_sql(statement)


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
