"""The category list: groups (维修, 环境卫生, …) and their categories, each with a default
priority, a default department and the knowledge entries (FAQ answers, reply scripts,
emergency checklists) linked to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.clock import Clock
from models.codes import Permission, Priority
from models.errors import NotFound, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers.catalog_tables import Category, KnowledgeEntry
from models.registers.fields import MSG_REQUIRED, clean_text, text_problem
from models.registers.guard import audit_change, require
from models.registers.staff_tables import Department
from models.store import database

MSG_CATEGORY_EXISTS = QT_TRANSLATE_NOOP("models", "There is already a category named \u201c{name}\u201d here.")
MSG_NESTED = QT_TRANSLATE_NOOP("models", "Categories have two levels only: a category belongs to a group.")
MSG_CATEGORY_GONE = QT_TRANSLATE_NOOP(
    "models", "This category no longer exists; it may have been deleted at another desk."
)

CATEGORY_NAME_LIMIT = 50


@dataclass(frozen=True)
class KnowledgeLink:
    id: int
    title: str
    kind: str


@dataclass(frozen=True)
class CategoryNode:
    id: int
    name: str
    parent_id: int | None
    default_priority: str
    default_department_id: int | None
    default_department: str
    archived: bool
    knowledge: tuple[KnowledgeLink, ...] = ()
    children: list[CategoryNode] = field(default_factory=list)


@dataclass(frozen=True)
class CategoryForm:
    name: str
    parent_id: int | None = None
    default_priority: str = Priority.NORMAL
    default_department_id: int | None = None
    knowledge_ids: tuple[int, ...] = ()
    id: int | None = None


def category_tree(*, include_archived: bool = False) -> list[CategoryNode]:
    """Groups in order, each with its categories in order."""
    query = Category.select().order_by(Category.position, Category.id)
    if not include_archived:
        query = query.where(Category.archived == False)
    departments = {d.id: d.name for d in Department.select()}
    links = _knowledge_by_category()
    nodes = {c.id: _node(c, departments, links) for c in query}
    groups = [node for node in nodes.values() if node.parent_id is None]
    for node in nodes.values():
        if node.parent_id in nodes:
            nodes[node.parent_id].children.append(node)
    return groups


def _node(category: Category, departments: dict[int, str], links: dict[int, list[KnowledgeLink]]) -> CategoryNode:
    department_id = category.default_department_id
    return CategoryNode(
        id=category.id,
        name=category.name,
        parent_id=category.parent_id,
        default_priority=category.default_priority,
        default_department_id=department_id,
        default_department=departments.get(department_id, ""),
        archived=category.archived,
        knowledge=tuple(links.get(category.id, ())),
    )


def _knowledge_by_category() -> dict[int, list[KnowledgeLink]]:
    found: dict[int, list[KnowledgeLink]] = {}
    query = KnowledgeEntry.select().where(KnowledgeEntry.archived == False).order_by(KnowledgeEntry.id)
    for entry in query:
        if entry.category_id is not None:
            found.setdefault(entry.category_id, []).append(KnowledgeLink(entry.id, entry.title, entry.kind))
    return found


def knowledge_entries() -> list[KnowledgeLink]:
    query = KnowledgeEntry.select().where(KnowledgeEntry.archived == False).order_by(KnowledgeEntry.id)
    return [KnowledgeLink(entry.id, entry.title, entry.kind) for entry in query]


def save_category(form: CategoryForm, *, operator, clock: Clock) -> int:
    """Create or change a group or category, and set which knowledge entries link to it."""
    require(operator, Permission.EDIT_REGISTERS)
    values = _category_values(form)
    with database.atomic():
        before = None
        if form.id is None:
            last = Category.select().where(Category.parent == form.parent_id).count()
            category_id = Category.create(position=last, **values).id
        elif (found := Category.get_or_none(Category.id == form.id)) is not None:
            before = _audited(found.__data__, found.id)
            Category.update(**values).where(Category.id == form.id).execute()
            category_id = form.id
        else:
            raise NotFound(MSG_CATEGORY_GONE)
        _link_knowledge(category_id, form.knowledge_ids)
        after = _audited(values, category_id)
        audit_change(f"category:{category_id}", before, after, operator=operator, at=clock.now())
        return category_id


def _audited(values: dict, category_id: int) -> dict:
    knowledge = KnowledgeEntry.select(KnowledgeEntry.id).where(KnowledgeEntry.category == category_id)
    return {
        **{key: values.get(key) for key in ("name", "parent", "default_priority", "default_department")},
        "knowledge": sorted(entry.id for entry in knowledge),
    }


def _category_values(form: CategoryForm) -> dict:
    name = clean_text(form.name)
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}
    found = text_problem(name, limit=CATEGORY_NAME_LIMIT, required=True)
    if found:
        problems["name"], params["name"] = found
    if form.parent_id is not None:
        parent = Category.get_or_none(Category.id == form.parent_id)
        if parent is None or parent.parent_id is not None or parent.id == form.id:
            problems["parent"] = MSG_NESTED
    siblings = Category.select().where(
        (Category.parent == form.parent_id) & (Category.name == name) & (Category.id != (form.id or 0))
    )
    if name and siblings.exists():
        problems["name"], params["name"] = MSG_CATEGORY_EXISTS, {"name": name}
    if form.default_priority not in list(Priority):
        problems["default_priority"] = MSG_REQUIRED
    if problems:
        raise ValidationError(problems, params)
    return {
        "name": name,
        "parent": form.parent_id,
        "default_priority": form.default_priority,
        "default_department": form.default_department_id,
    }


def _link_knowledge(category_id: int, knowledge_ids: tuple[int, ...]) -> None:
    wanted = set(knowledge_ids)
    linked = KnowledgeEntry.category == category_id
    KnowledgeEntry.update(category=None).where(linked & KnowledgeEntry.id.not_in(wanted or {0})).execute()
    if wanted:
        KnowledgeEntry.update(category=category_id).where(KnowledgeEntry.id.in_(wanted)).execute()
