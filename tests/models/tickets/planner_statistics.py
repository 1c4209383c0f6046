"""SQLite's planner statistics (sqlite_stat1) of a 1,000,000-ticket office after
migration 10: 9,600 rooms in 40 buildings, about 30 categories, 6 clerks, 2.6 timeline
events a ticket, an assignment for each dispatched repair. The query-plan test installs
them into the small office. Regenerate from a real office with bench/statistics.py."""

MILLION_TICKET_STATISTICS = [
    ("assignment", "assignment_assigned_at", "570000 1"),
    ("assignment", "assignment_assigned_by_id", "570000 95000"),
    ("assignment", "assignment_department_id_active", "570000 142500 142500"),
    ("assignment", "assignment_staff_id_active", "570000 28500 28500"),
    ("assignment", "assignment_ticket_id", "570000 1"),
    ("category", "category_default_department_id", "38 8"),
    ("category", "category_parent_id", "38 6"),
    ("category", "category_parent_id_name", "38 6 1"),
    ("household", "household_name", "9600 3"),
    ("household", "household_room_id", "9600 1"),
    ("room", "room_building_id", "9600 240"),
    ("room", "room_community_id", "9600 9600"),
    ("room", "room_community_id_code", "9600 9600 1"),
    ("room", "room_unit_id", "9600 80"),
    ("ticket", "ticket_category_id_received_at_cover", "1000000 30000 1 1 1 1 1 1 1"),
    ("ticket", "ticket_department_id_status", "1000000 250000 50000"),
    ("ticket", "ticket_department_received_at", "1000000 250000 1"),
    ("ticket", "ticket_first_responder_id_status", "1000000 166667 20000"),
    ("ticket", "ticket_household_id", "1000000 104"),
    ("ticket", "ticket_kind_received_at", "1000000 200000 1"),
    ("ticket", "ticket_merged_into_id", "1000000 990000"),
    ("ticket", "ticket_next_due", "1000000 200"),
    ("ticket", "ticket_number", "1000000 1"),
    ("ticket", "ticket_priority_received_at", "1000000 333334 1"),
    ("ticket", "ticket_received_at_cover", "1000000 1 1 1 1 1 1 1 1"),
    ("ticket", "ticket_reporter_name_received_at", "1000000 100 1"),
    ("ticket", "ticket_room_id_received_at_cover", "1000000 104 1 1 1 1 1 1 1"),
    ("ticket", "ticket_status_received_at", "1000000 111112 1"),
    # the partial index over the finishing events (resolve, cancel, merge): about one a ticket
    ("ticket_event", "ticket_event_finished_at", "1000000 1 1 1"),
    ("ticket_event", "ticket_event_ticket_id", "2600000 3"),
]
