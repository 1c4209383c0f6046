"""The quick search folds letters alike on both databases (models.store.search_fold):
FTS5's own folding, written out as a table, checked here against the FTS5 of the SQLite
the program runs on and against desk_fold on a real server, code point by code point;
then one office searched on the file and on the server with accented Latin, full-width
and Greek letters gives the same tickets."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import psycopg

from models.clock import FixedClock
from models.opening import open_database
from models.schema import table_names
from models.store import DataFolder, close_database, dialect, move_office
from models.store.migrations import latest_version
from models.store.search_fold import FOLD_TABLE, SERVER_FOLD_FUNCTION, fold
from models.tickets import RegistryFilter, Ticket, count_tickets, fetch_page
from models.tickets.search import contains_character
from tests.models.store.test_server_office import new_database
from tests.office import OFFICE_NOW, build_small_office, register_ticket_for

LAST = 0x10FFFF
SURROGATES = range(0xD800, 0xE000)


def python_cased() -> list[int]:
    """Every code point Python knows a case of (a superset of what any folding touches)."""
    found = []
    for point in range(1, LAST + 1):
        if point in SURROGATES:
            continue
        character = chr(point)
        if character.lower() != character or character.upper() != character or character.casefold() != character:
            found.append(point)
    return found


def test_the_table_is_what_fts5_folds_character_by_character():
    points = sorted(set(python_cased()) | set(FOLD_TABLE))
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'trigram')")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        db.executemany("INSERT INTO t (rowid, body) VALUES (?, ?)", [(p, chr(p) * 3) for p in points])
        folded = {doc: term for term, doc in db.execute("SELECT term, doc FROM v")}
    # each document is one character three times: FTS5 keeps one trigram, its folded form
    assert {p: folded[p] for p in points} == {p: fold(chr(p)) * 3 for p in points}
    assert fold("ÉCOLE Ｂ座 ΟΔΟΣ") == "école ｂ座 οδοσ"  # accents and widths kept, σ for both sigmas


def test_the_server_folds_every_code_point_as_the_table_does(postgres_url):
    with psycopg.connect(new_database(postgres_url), autocommit=True) as server:
        server.execute(SERVER_FOLD_FUNCTION)
        changed = server.execute(
            "SELECT c, desk_fold(chr(c)) FROM generate_series(1, %s) c "
            "WHERE (c < 55296 OR c > 57343) AND desk_fold(chr(c)) <> chr(c)",
            (LAST,),
        ).fetchall()
        assert {point: ord(to) for point, to in changed} == FOLD_TABLE
        # a text with none of the table's non-ASCII letters takes lower() under "C"; one with them, the table
        assert server.execute("SELECT desk_fold('ABC 卫生间 É Ｂ ΟΔΟΣ')").fetchone()[0] == "abc 卫生间 é ｂ οδοσ"
        assert server.execute("SELECT desk_fold('BX20261123-0001 卫生间渗水')").fetchone()[0] == (
            "bx20261123-0001 卫生间渗水"
        )


DESCRIPTIONS = ["École 门口的灯坏了", "Ｂ座电梯异响", "B座门禁卡失灵", "ΟΔΟΣ 标牌掉了", "café 楼下噪音"]
SEARCHES = ["école", "ÉCOLE", "é", "É", "ecole", "Ｂ座", "ｂ座", "b座", "ΟΔΟΣ", "οδος", "οδοσ", "CAFÉ", "Café"]


ONE_CHARACTER = ["é", "ｂ", "σ", "ς", "b"]


def _answers() -> dict[str, tuple[int, list[str]]]:
    found = {
        text: (
            count_tickets(RegistryFilter(text=text), OFFICE_NOW),
            [row.description for row in fetch_page(RegistryFilter(text=text), now=OFFICE_NOW)],
        )
        for text in SEARCHES
    }
    for character in ONE_CHARACTER:  # the check a page makes ticket by ticket for a common character
        rows = Ticket.select(Ticket.description).where(contains_character(character)).order_by(Ticket.id)
        found["one " + character] = (len(rows), [row.description for row in rows])
    return found


def test_accented_full_width_and_greek_letters_are_found_alike_on_the_file_and_the_server(tmp_path, postgres_url):
    folder = DataFolder(tmp_path / "file-office")
    open_database(folder)
    office = build_small_office()
    clock = FixedClock(OFFICE_NOW - dt.timedelta(hours=len(DESCRIPTIONS)))
    for description in DESCRIPTIONS:
        register_ticket_for(office, folder, clock, description=description)
        clock.advance(hours=1)
    on_file = _answers()
    url = new_database(postgres_url)
    move_office(DataFolder(tmp_path / "file-office", url=url), table_names())
    close_database()
    open_database(DataFolder(tmp_path / "server-side", url=url))
    try:
        assert dialect() == "postgresql"
        on_server = _answers()
    finally:
        close_database()
    assert on_server == on_file
    counts = {text: found[0] for text, found in on_server.items()}
    # by hand: É folds to é (both spellings find École; é alone finds École and café); accents
    # are kept, so ecole finds nothing
    assert counts["école"] == counts["ÉCOLE"] == 1 and counts["é"] == counts["É"] == 2 and counts["ecole"] == 0
    # the words typed are made half-width (Ｂ座 is searched as b座): the half-width B座 is found,
    # the full-width Ｂ座 as stored folds to ｂ座 and is not — alike on both
    assert on_server["Ｂ座"] == on_server["ｂ座"] == on_server["b座"] == (1, ["B座门禁卡失灵"])
    # Greek capitals with a final sigma: ΟΔΟΣ, οδος and οδοσ all fold to οδοσ
    assert counts["ΟΔΟΣ"] == counts["οδος"] == counts["οδοσ"] == 1
    assert counts["CAFÉ"] == counts["Café"] == 1
    # one character checked ticket by ticket: é in École and café; ｂ only in Ｂ座 as stored; σ and
    # ς in ΟΔΟΣ; b in B座 and in every ticket number (BX…): all 5
    assert on_server["one é"] == (2, ["École 门口的灯坏了", "café 楼下噪音"])
    assert on_server["one ｂ"] == (1, ["Ｂ座电梯异响"])
    assert on_server["one σ"] == on_server["one ς"] == (1, ["ΟΔΟΣ 标牌掉了"])
    assert on_server["one b"][0] == 5


def test_a_server_office_of_schema_10_is_refolded_by_migration_11(tmp_path, postgres_url):
    from models.store import database
    from models.store.migrations.m003_ticket_search import POSTGRESQL_TEXT_VIEW

    folder = DataFolder(tmp_path / "data", url=new_database(postgres_url))
    open_database(folder)
    office = build_small_office()
    for description in DESCRIPTIONS:
        register_ticket_for(office, folder, FixedClock(OFFICE_NOW), description=description)
    # as an office made before version 11 has it: the search text lower-cased under "C"
    database.execute_sql(POSTGRESQL_TEXT_VIEW.replace("desk_fold(", "lower("))
    database.execute_sql("DROP FUNCTION desk_fold(text)")
    database.execute_sql("UPDATE ticket_search s SET body = v.body FROM ticket_search_text v WHERE v.id = s.id")
    database.execute_sql("UPDATE schema_version SET version = 10")
    assert count_tickets(RegistryFilter(text="école"), OFFICE_NOW) == 0  # École's É was not folded
    close_database()
    open_database(folder)  # the next start migrates it
    try:
        # É folds to é again: école and ÉCOLE find École; ΟΔΟΣ finds the Greek sign; 5 tickets indexed
        assert count_tickets(RegistryFilter(text="ÉCOLE"), OFFICE_NOW) == 1
        assert count_tickets(RegistryFilter(text="οδος"), OFFICE_NOW) == 1
        assert database.execute_sql("SELECT count(*) FROM ticket_search").fetchone()[0] == len(DESCRIPTIONS)
        assert database.execute_sql("SELECT version FROM schema_version").fetchone()[0] == latest_version()
    finally:
        close_database()
