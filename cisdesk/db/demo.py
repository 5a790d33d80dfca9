"""Generate realistic activity for an install, as that install's own edits.

A first run records progress, meetings, agreements and their follow-up,
delegates, proposals and capacity building; later runs (another ``seed``) edit
and delete some of what exists. ``scale`` multiplies the volume.

The data follow the app's own rules, so what the demo shows is what a kept record
looks like: a history up to today and no meeting in the future; each agreement's
status is that of its latest follow-up; old agreements are mostly fulfilled, so
what is overdue is mostly recent; a result's percentage only grows.
"""

import datetime as dt
import hashlib
import random
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk import messages
from cisdesk.countries import COUNTRY_CODES, REGIONAL, parse_semester, semester_label
from cisdesk.db.base import Replicated
from cisdesk.db.local import Blob
from cisdesk.db.models import (
    Agreement,
    AgreementFollowUp,
    AgreementStatus,
    CapacityActivity,
    Committee,
    Delegate,
    Evidence,
    Meeting,
    MeetingKind,
    ProgressReport,
    ProgressStatus,
    Proposal,
    ProposalStatus,
    Result,
    Strategy,
    StrategyStatus,
    TrainingKind,
)
from cisdesk.db.natural_keys import NATURAL_KEYS, natural_id
from cisdesk.db.record import Record
from cisdesk.progress import ProgressCallback, no_progress

FIRST_DAY = dt.date(2018, 1, 8)

GIVEN = [
    "María",
    "José",
    "Carlos",
    "Ana",
    "Luis",
    "Sofía",
    "Jorge",
    "Gabriela",
    "Ricardo",
    "Lucía",
    "Andrés",
    "Patricia",
    "Óscar",
    "Verónica",
    "Ernesto",
    "Daniela",
    "Julio",
    "Mónica",
    "Ramón",
    "Teresa",
]
FAMILY = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Díaz",
    "Reyes",
    "Morales",
    "Jiménez",
    "Castillo",
    "Álvarez",
    "Romero",
    "Núñez",
]
INSTITUTIONS = [
    "Ministerio de Desarrollo Social",
    "Secretaría de Inclusión Social",
    "Ministerio de Economía y Finanzas",
    "Instituto Nacional de Estadística",
    "Secretaría de Planificación",
    "Ministerio de Relaciones Exteriores, Dirección de Cooperación",
    "Consejo Nacional de Protección Social",
]
AGREEMENT_TEXTS = [
    "Enviar a la SISCA los insumos nacionales para el mapeo de servicios",
    "Designar un punto focal técnico para el comité",
    "Compartir la metodología del registro único de beneficiarios",
    "Revisar y comentar la propuesta de marco de asistencias técnicas",
    "Presentar avances del índice de pobreza multidimensional",
    "Validar la hoja de ruta del intercambio virtual de experiencias",
    "Elaborar nota conceptual para la mesa de cooperantes",
    "Socializar los resultados de la evaluación con las autoridades nacionales",
    "Remitir la lista de participantes para el programa regional de formación",
    "Consolidar comentarios al informe anual",
]
MEETING_TOPICS = [
    "Seguimiento a la estrategia de trabajo",
    "Revisión de hitos del semestre",
    "Consulta del instrumento estratégico",
    "Preparación del informe anual",
    "Intercambio de experiencias sobre protección social",
    "Planificación del programa regional de formación",
    "Mesa de cooperantes: preparación",
]
PROPOSAL_TITLES = [
    "Agenda Regional Intersectorial en Protección Social e Inclusión Productiva",
    "Lineamientos para los informes anuales del Plan",
    "Marco regional de asistencias técnicas en sistemas de cuidado",
    "Estrategia regional de movilización de recursos",
    "Propuesta de evaluación de medio término",
]
TRAINING_TITLES = [
    "Curso virtual sobre registros únicos de beneficiarios",
    "Webinar: pobreza multidimensional y ciclo de vida",
    "Conferencia de experto internacional en evaluación de impacto",
    "Intercambio extrarregional de experiencias en sistemas de cuidado",
    "Taller de formulación de proyectos regionales",
]
NOTES = [
    "Se avanzó según lo previsto.",
    "Pendiente de validación por las autoridades nacionales.",
    "Se requiere asistencia técnica de la SISCA.",
    "Retraso por cambio de autoridades.",
    "Insumos enviados al comité.",
    "",
]


@dataclass
class DemoStats:
    created: dict[str, int] = field(default_factory=dict)
    edited: int = 0
    deleted: int = 0

    def count(self, row: Replicated) -> None:
        name = row.__tablename__
        self.created[name] = self.created.get(name, 0) + 1


def _key_values(row: Replicated) -> dict[str, object]:
    return {name: getattr(row, name) for name in NATURAL_KEYS.get(row.__tablename__, ())}


class _Generator:
    def __init__(self, session: Session, owner: str, site_id: str, seed: int, today: dt.date):
        digest = hashlib.sha256(f"{seed}|{site_id}".encode()).digest()
        self.rng = random.Random(int.from_bytes(digest[:8], "big"))
        self.session = session
        self.owner = owner
        self.today = today
        self.stats = DemoStats()

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, row: Replicated) -> Replicated:
        row.owner = self.owner
        row.deleted = False
        row.id = natural_id(row.__tablename__, _key_values(row)) or self.new_id()
        held = self.session.get(type(row), row.id) if row.__tablename__ in NATURAL_KEYS else None
        if held is not None:  # one row per natural key: a second report edits the first
            for column in row.__table__.columns:
                if column.key != "id":
                    setattr(held, column.key, getattr(row, column.key))
            return held
        self.session.add(row)
        self.stats.count(row)
        return row

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(GIVEN)} {r.choice(FAMILY)} {r.choice(FAMILY)}"

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = max((end - start).days, 0)
        return start + dt.timedelta(days=self.rng.randint(0, span))


def _semesters(first: str, last: str) -> list[str]:
    year, half = parse_semester(first)
    end = parse_semester(last)
    out = []
    while (year, half) <= end:
        out.append(semester_label(year, half))
        year, half = (year, 2) if half == 1 else (year + 1, 1)
    return out


def _progress_reports(gen: _Generator, results: list[Result], last_semester: str) -> None:
    """Each started result reported every semester up to ``last_semester``, as a country
    would: the percentage only grows, some results stall (delayed) for a while, and a
    completed result stays completed. The current semester is still being filled in:
    only some of its reports are there."""
    r = gen.rng
    for result in results:
        percent, status = 0, ProgressStatus.NOT_STARTED
        pace = r.choice([2, 3, 5, 8, 12, 20])
        for index, semester in enumerate(
            _semesters(result.start_semester or "2018-I", last_semester)
        ):
            if semester == last_semester and index > 0 and r.random() < 0.4:
                continue
            if status is not ProgressStatus.COMPLETED:
                if index > 0 and r.random() < 0.15:
                    status = ProgressStatus.DELAYED if percent > 0 else status
                else:
                    percent = min(100, percent + pace + r.choice([0, 2, 5]))
                    status = (
                        ProgressStatus.COMPLETED if percent == 100 else ProgressStatus.IN_PROGRESS
                    )
            report = gen.add(
                ProgressReport(
                    result_id=result.id,
                    semester=semester,
                    status=status.value,
                    percent=percent,
                    note=r.choice(NOTES),
                )
            )
            if r.random() < 0.04:
                _evidence(gen, report, semester)


def _done_chance(age_days: int) -> float:
    """How likely an agreement due ``age_days`` ago has been fulfilled: old ones mostly are,
    so what is overdue is mostly recent, as in a record people keep up to date."""
    if age_days > 365:
        return 0.99
    if age_days > 180:
        return 0.9
    if age_days > 60:
        return 0.7
    return 0.35


def _evidence(gen: _Generator, report: Replicated, semester: str) -> None:
    data = f"Acta de avance {semester} — {gen.new_id()}\n".encode()
    sha = hashlib.sha256(data).hexdigest()
    if gen.session.get(Blob, sha) is None:
        gen.session.add(Blob(sha256=sha, data=data))
    gen.add(
        Evidence(
            progress_report_id=report.id,
            file_name=f"acta-{semester}.txt",
            sha256=sha,
            size=len(data),
            description="Acta de la reunión de seguimiento",
        )
    )


def _meetings(gen: _Generator, committees: list[Committee], count: int) -> None:
    r = gen.rng
    countries = [gen.owner] if gen.owner != REGIONAL else list(COUNTRY_CODES)
    for _ in range(count):
        kind = r.choices(list(MeetingKind), weights=[2, 6, 1])[0]
        virtual = r.random() < 0.7
        duration = (
            r.choice([60, 90, 120, 150, 180, 210, 240, 270])
            if virtual
            else r.choice([240, 360, 480])
        )
        committee = None if kind is MeetingKind.JOINT else r.choice(committees)
        # More meetings lately than years ago, as a committee's work picks up: what is
        # still open (and overdue) is then mostly recent.
        span = max((gen.today - FIRST_DAY).days, 0)
        date = gen.today - dt.timedelta(days=int(span * r.random() ** 2))
        meeting = gen.add(
            Meeting(
                kind=kind.value,
                committee_id=committee.id if committee else None,
                title=r.choice(MEETING_TOPICS),
                date=date,
                duration_minutes=duration,
                virtual=virtual,
                place=None
                if virtual
                else r.choice(
                    [
                        "San Salvador",
                        "Ciudad de Guatemala",
                        "Tegucigalpa",
                        "Panamá",
                        "Santo Domingo",
                    ]
                ),
                participants="; ".join(gen.person() for _ in range(r.randint(3, 9))),
                agenda="1. Bienvenida\n2. Revisión de acuerdos\n3. Avances del semestre\n4. Varios",
                minutes="Se revisaron los avances y se tomaron los acuerdos registrados.",
            )
        )
        for _ in range(r.randint(1, 4)):
            _agreement(gen, meeting, date, countries)


def _agreement(gen: _Generator, meeting: Replicated, date: dt.date, countries: list[str]) -> None:
    """An agreement and its follow-ups; its status is its latest follow-up's, the app's rule."""
    r = gen.rng
    due = date + dt.timedelta(days=r.choice([15, 30, 45, 60, 90]))
    overdue_days = (gen.today - due).days
    if overdue_days > 730:  # long settled: done, or dropped on the record
        final = AgreementStatus.FULFILLED if r.random() < 0.9 else AgreementStatus.CANCELLED
    elif overdue_days > 0:
        final = (
            AgreementStatus.FULFILLED
            if r.random() < _done_chance(overdue_days)
            else r.choice([AgreementStatus.PENDING, AgreementStatus.IN_PROGRESS])
        )
    else:
        final = r.choice(
            [AgreementStatus.PENDING, AgreementStatus.IN_PROGRESS, AgreementStatus.FULFILLED]
        )
    agreement = gen.add(
        Agreement(
            meeting_id=meeting.id,
            text=r.choice(AGREEMENT_TEXTS),
            responsible_country=r.choice(countries),
            due_date=due,
            status=final.value,
        )
    )
    if final is AgreementStatus.PENDING:
        return  # nothing reported yet
    days_available = max((gen.today - date).days, 1)
    steps = r.randint(1, 3)
    dates = sorted({date + dt.timedelta(days=r.randint(1, days_available)) for _ in range(steps)})
    for position, follow_date in enumerate(dates):
        last = position == len(dates) - 1
        gen.add(
            AgreementFollowUp(
                agreement_id=agreement.id,
                date=min(follow_date, gen.today),
                status=(final if last else AgreementStatus.IN_PROGRESS).value,
                note=(
                    "Cumplido; se informó al comité."
                    if last and final is AgreementStatus.FULFILLED
                    else r.choice(NOTES) or "Sin novedad."
                ),
            )
        )


def _people_and_outreach(gen: _Generator, committees: list[Committee], scale: int) -> None:
    r = gen.rng
    for committee in committees:
        for index in range(2 * scale):
            name = gen.person()
            gen.add(
                Delegate(
                    committee_id=committee.id,
                    name=name,
                    institution=r.choice(INSTITUTIONS),
                    position=r.choice(["Director", "Directora", "Técnico", "Técnica", "Asesor"]),
                    email=f"{name.split()[0].lower()}.{index}@gob.example",
                    phone=f"+{r.randint(500, 599)} {r.randint(2000, 9999)}-{r.randint(1000, 9999)}",
                    is_focal_point=index == 0,
                )
            )
    for _ in range(3 * scale):
        gen.add(
            Proposal(
                committee_id=r.choice(committees).id,
                title=r.choice(PROPOSAL_TITLES),
                description="Propuesta elevada a la agenda del CIS a través de los CT-CIS.",
                date=gen.date_between(FIRST_DAY, gen.today),
                status=r.choice(list(ProposalStatus)).value,
            )
        )
    for _ in range(4 * scale):
        kind = r.choice(list(TrainingKind))
        gen.add(
            CapacityActivity(
                kind=kind.value,
                committee_id=r.choice(committees).id,
                title=r.choice(TRAINING_TITLES),
                date=gen.date_between(FIRST_DAY, gen.today),
                extra_regional=kind is not TrainingKind.TRAINING and r.random() < 0.5,
                participants=r.randint(8, 60),
                description="Actividad de desarrollo de capacidades humanas.",
            )
        )


_EDITABLE = (ProgressReport, Meeting, Agreement, Delegate, Proposal, CapacityActivity)


def _edit_existing(gen: _Generator) -> None:
    r = gen.rng
    for model in _EDITABLE:
        rows = gen.session.scalars(
            select(model).where(model.owner == gen.owner, model.deleted.is_(False))
        ).all()
        for row in rows:
            roll = r.random()
            if roll < 0.04:
                row.deleted = True
                gen.stats.deleted += 1
            elif roll < 0.2:
                _edit_row(gen, row)
                gen.stats.edited += 1


def _edit_row(gen: _Generator, row: Replicated) -> None:
    r = gen.rng
    if isinstance(row, ProgressReport):
        row.percent = min(100, (row.percent or 0) + r.choice([10, 25]))
        row.status = (
            ProgressStatus.COMPLETED if row.percent == 100 else ProgressStatus.IN_PROGRESS
        ).value
        row.note = r.choice(NOTES)
    elif isinstance(row, Meeting):
        row.minutes = (row.minutes or "") + " Acta revisada."
    elif isinstance(row, Agreement):
        # Fulfilled through a follow-up dated today, as the app records it.
        row.status = AgreementStatus.FULFILLED.value
        gen.add(
            AgreementFollowUp(
                agreement_id=row.id,
                date=gen.today,
                status=AgreementStatus.FULFILLED.value,
                note="Cumplido; se informó al comité.",
            )
        )
    elif isinstance(row, Delegate):
        row.phone = f"+{r.randint(500, 599)} {r.randint(2000, 9999)}-{r.randint(1000, 9999)}"
    elif isinstance(row, Proposal):
        row.status = r.choice(list(ProposalStatus)).value
    elif isinstance(row, CapacityActivity):
        row.participants = (row.participants or 0) + r.randint(1, 10)


def _regional_plan_work(gen: _Generator) -> None:
    """At SISCA: move strategies along the approval workflow."""
    for strategy in gen.session.scalars(select(Strategy)).all():
        if strategy.status == StrategyStatus.DRAFT.value:
            strategy.status = StrategyStatus.APPROVED.value
            strategy.validated_on = dt.date(2018, 2, 15)
            strategy.approved_on = dt.date(2018, 3, 20)
            gen.stats.edited += 1


def run_demo(
    record: Record, *, seed: int = 1, scale: int = 1, progress: ProgressCallback = no_progress
) -> DemoStats:
    """Add generated activity as this install's own edits, in one transaction."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    install = record.install
    with record.edit() as session:
        gen = _Generator(session, install.owner, install.site_id, seed, record.today())
        has_own_rows = session.scalar(
            select(Meeting.id).where(Meeting.owner == install.owner).limit(1)
        )
        committees = list(session.scalars(select(Committee).order_by(Committee.code)))
        steps = 4
        progress(0, steps, messages.text("progress.demo"))
        if has_own_rows:
            _edit_existing(gen)
        progress(1, steps, messages.text("progress.demo"))
        if install.is_regional:
            _regional_plan_work(gen)
        else:
            # Countries report the country results; the regional ones are SISCA's.
            results = list(
                session.scalars(
                    select(Result).where(Result.regional.is_not(True)).order_by(Result.id)
                )
            )
            has_reports = session.scalar(
                select(ProgressReport.id).where(ProgressReport.owner == install.owner).limit(1)
            )
            if not has_reports:
                # A history up to the current semester, as the record would hold today.
                today = record.today()
                current = (today.year, 1 if today.month <= 6 else 2)
                _progress_reports(gen, results, semester_label(*current))
        session.flush()
        progress(2, steps, messages.text("progress.demo"))
        _meetings(gen, committees, 20 * scale)
        session.flush()
        progress(3, steps, messages.text("progress.demo"))
        _people_and_outreach(gen, committees, scale)
        progress(steps, steps, messages.text("progress.demo"))
    return gen.stats
