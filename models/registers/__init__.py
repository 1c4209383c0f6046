"""The registers (基础档案): places (community → building → unit → room), households and their
phones, departments and staff, the category tree and knowledge base, archiving, room codes and
contact numbers. Builds on the store only; areas above add their references to the archive checks.

This module is the area's door: other areas and the GUI import only what it names."""

from models.doors import lazy_door, offered
from models.registers import catalog_tables, place_tables, staff_tables

# what the door names, imported from its module on first use (models.doors)
__getattr__, __dir__ = lazy_door(
    __name__,
    {
        "models.registers.archive": (
            "MSG_SURVEYS",
            "MSG_TICKETS",
            "MSG_USERS",
            "MSG_WORK",
            "Record",
            "RecordInUseError",
            "add_reference_check",
            "delete_record",
            "holders",
            "restore_record",
            "set_archived",
        ),
        "models.registers.catalog_tables": (
            "Category",
            "KnowledgeEntry",
        ),
        "models.registers.categories": (
            "CategoryForm",
            "CategoryNode",
            "category_tree",
            "knowledge_entries",
            "save_category",
        ),
        "models.registers.contact": (
            "MSG_PHONE_INVALID",
            "mask_id_number",
            "mask_phone",
            "normalise_id_number",
            "normalise_phone",
            "split_phones",
            "to_halfwidth",
        ),
        "models.registers.defaults": ("seed_default_registers",),
        "models.registers.fields": (
            "MSG_CONTROL",
            "MSG_DATE",
            "NAME_LIMIT",
            "NOTES_LIMIT",
            "TEXT_LIMIT",
            "TRIMMED",
            "clean_text",
            "parse_date",
            "text_problem",
        ),
        "models.registers.guard": (
            "audit as write_audit",
            "audit_change",
            "install_office_guard",
            "require as require_permission",
        ),
        "models.registers.households": (
            "PAGE_SIZE",
            "HouseholdForm",
            "HouseholdRow",
            "RoomPage",
            "count_households",
            "household",
            "household_page",
            "room_page",
            "save_household",
        ),
        "models.registers.place_tables": (
            "Building",
            "Community",
            "Household",
            "HouseholdPhone",
            "Room",
            "Unit",
        ),
        "models.registers.places": (
            "CommunityForm",
            "PlaceNode",
            "RoomForm",
            "list_buildings",
            "list_communities",
            "list_rooms",
            "list_units",
            "natural_key",
            "resolve_community",
            "save_community",
            "save_room",
            "search_rooms",
            "stored_room_code",
        ),
        "models.registers.room_codes": (
            "RoomCode",
            "compose_room_code",
            "normalise_room_code",
            "parse_room_code",
            "room_code_prefix",
            "room_code_variants",
        ),
        "models.registers.staff": (
            "DepartmentForm",
            "DepartmentRow",
            "StaffForm",
            "StaffRow",
            "find_department",
            "list_departments",
            "list_staff",
            "save_department",
            "save_staff",
            "staff_values",
            "unknown_department",
        ),
        "models.registers.staff_tables": (
            "Department",
            "Staff",
        ),
        "models.registers.urgency": (
            "UrgentWords",
            "restore_default_urgent_words",
            "save_urgent_words",
            "sounds_urgent",
            "urgent_words",
        ),
        "models.registers.visible": (
            "MSG_INVISIBLE",
            "SEARCH_LIMIT",
            "clean_search_text",
            "has_control",
            "shows_something",
        ),
    },
)

# Every table of the area, in dependency order.
TABLES = [*place_tables.TABLES, *staff_tables.TABLES, *catalog_tables.TABLES]

__all__ = ["TABLES", *offered(__name__)]
