"""The answers file: what one organisation told us, as pydantic models.

Every field's `title` is the question and its `description` the help text;
`policygen init`, `policygen questions` and the JSON Schema are all made from
these models, so a new question is added here and nowhere else.
A field's `when` (in json_schema_extra) is a Jinja expression over the answers
given so far and the facts derived from them (answers/facts.py), the same names a
clause's `when` sees: the question is asked only when it is true.
"""

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import core_schema

# The answers file's format (`policygen: N`). Raise it by one, with a migration in answers/migrations.py,
# whenever a change to this model would make an existing file mean something else or fail.
FORMAT_VERSION: Literal[2] = 2
FORMAT_HELP = "The answers format. `policygen upgrade FILE` brings a file in an older one up to date."

# XML 1.0 cannot hold these, so Word cannot store them (tab and newline are fine); C1 controls
# (U+0080-U+009F) are invisible and almost always a sign of text saved in the wrong encoding.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")

# A text answer is a name, a role, a title or a short sentence. Word's document properties (title,
# author, subject) hold at most 255 characters, and the subject adds 45 to the organisation's name.
MAX_TEXT = 200
MAX_ADDRESS = 500


def _storable(value: str) -> str:
    match = _CONTROL.search(value)
    if match:
        raise ValueError(
            f"contains the control character U+{ord(match.group()):04X}, which a Word document cannot store; "
            "remove it (letters, digits, punctuation, spaces and new lines are allowed)"
        )
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _trimmed(value: str) -> str:
    # Spaces around an answer (a no-break space too) are never meant, and Markdown readers drop them.
    return value.strip()


class _Prebuilt:
    """A text type's pydantic schema, made once, with what it checks (compared and hashed by identity, as typing needs)."""

    def __init__(self, schema: core_schema.CoreSchema, max_length: int, checks: tuple[Callable[[str], str], ...]):
        self.schema, self.max_length, self.checks = schema, max_length, checks

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> core_schema.CoreSchema:
        return self.schema


def _checked(max_length: int, *checks: Callable[[str], str]) -> _Prebuilt:
    """Text of at most max_length characters that passes each check in turn, with the checks' own messages.

    pydantic builds a field's validator from its type again for every field that uses it; this
    one is built once and shared by all of them, which every build would otherwise pay for.
    """

    def check(value: str) -> str:
        for step in checks:
            value = step(value)
        return value

    schema = core_schema.no_info_after_validator_function(check, core_schema.str_schema(max_length=max_length))
    return _Prebuilt(schema, max_length, checks)


Text = Annotated[str, _checked(MAX_TEXT, _storable, _not_blank, _trimmed)]


def _folder_beside(value: str) -> str:
    # The answers file only names the folder; the clause files in it are read (and run) as templates,
    # so it stays inside the answers file's own folder, as it is in git.
    parts = value.replace("\\", "/").split("/")
    if value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value) or ".." in parts:
        raise ValueError(f"{value!r} must be a folder beside this answers file or inside its folder, e.g. local-clauses/ (no absolute path, no '..')")
    return value


Folder = Annotated[Text, AfterValidator(_folder_beside)]

# Web and email addresses are checked as such, strictly: a link is built from them as data, and
# anything a reader could take for markup (<, >, \\, quotes, spaces, HTML such as &amp;) is refused.
_HOST = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_URL = re.compile(rf"https://{_HOST}(?::[0-9]{{1,5}})?(?:[/?#](?:[A-Za-z0-9._~!$&'()*+,;=:@/?#-]|%[0-9A-Fa-f]{{2}})*)?")
_EMAIL = re.compile(rf"[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@{_HOST}")
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")


def web_address(value: str) -> str:
    """A full https:// address, as a browser's address bar shows it."""
    if not _URL.fullmatch(value):
        bad = next((c for c in value if c.isspace() or c in '<>"\\{}|^`' or not c.isascii()), None) if value.startswith("https://") else None
        why = f"; it contains {bad!r}, which an address cannot hold" + (" (write spaces as %20)" if bad == " " else "") if bad else ""
        raise ValueError(f"{value!r} is not a web address: write it in full, starting with https://{why}")
    entity = _HTML_ENTITY.search(value)
    if entity:
        raise ValueError(f"{value!r} contains HTML ({entity.group()}); write the address as a browser shows it, e.g. & not &amp;")
    return value


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value) or _HTML_ENTITY.search(value):
        raise ValueError(f"{value!r} is not an email address, e.g. policy@example.gov.uk")
    return value


def _web_page(value: str) -> str:
    # Intranets are often plain http, on a host with no dot (http://intranet/hr).
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
        raise ValueError(f"{value!r} is not a web address: write it in full, starting with https:// or http://")
    return value


def _word_file(value: str) -> str:
    if not value.lower().endswith(".docx") or value.lower() == ".docx":
        raise ValueError(f"{value!r} is not a Word document's name: give a file ending .docx, e.g. 'brand.docx'")
    return value


Url = Annotated[str, _checked(MAX_ADDRESS, _storable, web_address)]
WebPage = Annotated[str, _checked(MAX_ADDRESS, _storable, _web_page)]
Email = Annotated[str, _checked(254, _storable, _email)]
WordFile = Annotated[str, _checked(MAX_ADDRESS, _storable, _not_blank, _trimmed, _word_file)]

# Dates a policy can carry: the review date (approval plus up to 36 months) must stay a real date.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _plausible(value: dt.date) -> dt.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"{value.isoformat()} is not a date a policy can have: the year must be between {FIRST_YEAR} and {LAST_YEAR}")
    return value


Date = Annotated[dt.date, AfterValidator(_plausible)]


# An empty list is made by `default_factory=lambda: []`, not `list`: pydantic reads each factory's
# signature, and reading a builtin's starts Python's tokenizer, which costs every build about a millisecond.


def ask(question: str, help: str, *, when: str | None = None, labels: dict[str, str] | None = None, **kw: Any) -> Any:
    """A field that is also a question: `question` is asked, `help` explains it."""
    extra: dict[str, Any] = {}
    if when:
        extra["when"] = when
    if labels:
        extra["labels"] = labels
    return Field(title=question, description=help, json_schema_extra=extra or None, **kw)


def choice(labels: dict[str, str]) -> Any:
    """A Literal of the label keys: the codes stored in the file."""
    return Literal[tuple(labels)]


class Section(BaseModel):
    """Base for every group of answers: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", validate_default=True, defer_build=True)


# ------------------------------------------------------------------ organisation

# Who can let repeated viewing of someone's social media go ahead, for the questions below. The
# clauses read the same thing, cell by cell, from clauses/data/online_checks.yaml, and a test
# checks that the two agree. Councils have a route in law. Whether NHS bodies, HSC trusts and
# universities have one is unconfirmed, so they claim none unless their own surveillance policy
# names someone who can authorise it; "other" employers may be public bodies, so they are asked
# too. Charities and independent providers have no power at all.
SURVEILLANCE_AUTHORITIES = ("local_authority",)
OWN_POLICY_TYPES = ("nhs_or_hsc_body", "university", "other")
# Public bodies for the lawful basis of monitoring (public task), freedom of information and the
# equality duties. A university answers for itself (higher_education.public_authority): one
# funded by the state is a public authority under freedom of information law, a private one may
# not be.
PUBLIC_BODIES = ("local_authority", "nhs_or_hsc_body")

ORG_TYPES = {
    "local_authority": "Local authority (council)",
    "nhs_or_hsc_body": "NHS trust, health board or HSC trust",
    "charity": "Charity or voluntary organisation",
    "independent_provider": "Independent provider (including independent fostering agencies)",
    "university": "University or college",
    "other": "Other employer",
}
NATIONS = {
    "england": "England",
    "scotland": "Scotland",
    "wales": "Wales",
    "northern_ireland": "Northern Ireland",
}


# Defaults that depend on the kind of employer and the nation, for answers that are not given:
# the questionnaire offers them, and a file that leaves the answer out gets them. A Scottish
# council's social work services have a statutory head, the Chief Social Work Officer (Social
# Work (Scotland) Act 1968 s3), who owns the policy unless the council answers otherwise.
EMPLOYER_DEFAULTS: dict[tuple[str, str], dict[str, Any]] = {
    ("local_authority", "scotland"): {
        "document.owner": "Chief Social Work Officer",
        "contacts.questions": {"name": "the Chief Social Work Officer"},
    },
}

# What the questionnaire offers (and `init --defaults` writes) for this kind of employer and nation,
# where a file that leaves the answer out still gets the model's own default: the file must say so.
# Welsh public bodies are the ones served Welsh Language Standards (Welsh Language (Wales) Measure
# 2011), so a Welsh council or NHS body is offered yes, and still asked.
EMPLOYER_SUGGESTIONS: dict[tuple[str, str], dict[str, Any]] = {
    ("local_authority", "wales"): {"welsh_language.standards_apply": True},
    ("nhs_or_hsc_body", "wales"): {"welsh_language.standards_apply": True},
}


def employer_defaults(organisation: Any, table: dict[tuple[str, str], dict[str, Any]] = EMPLOYER_DEFAULTS) -> dict[str, Any]:
    """The defaults for this employer's kind and nation, by answer key (none if the answers are incomplete)."""
    if not isinstance(organisation, dict):
        return {}
    return table.get((str(organisation.get("type")), str(organisation.get("nation"))), {})


class Organisation(Section):
    """Your organisation"""

    name: Text = ask(
        "What is your organisation's full name?",
        "As it should appear on the cover and in the header, e.g. 'Northshire County Council'.",
        examples=["Example Council"],
    )
    short_name: Text = ask(
        "What do you call your organisation in running text?",
        "Used in sentences, e.g. 'the Council' or 'Harbour Trust'. Start with a capital letter.",
        examples=["the Council"],
    )
    type: choice(ORG_TYPES) = ask(
        "What kind of organisation is it?",
        "Decides, among other things, whether anyone can authorise surveillance: councils can; charities and independent providers cannot.",
        labels=ORG_TYPES,
    )
    nation: choice(NATIONS) = ask(
        "In which UK nation do your social work staff practise?",
        "Decides the regulator, its code and the laws the policy cites.",
        labels=NATIONS,
    )
    service: Text | None = ask(
        "Which service or directorate does the policy cover, if not the whole organisation?",
        "For example 'Children's and Adults' Social Care'. Leave empty for the whole organisation.",
        default=None,
    )
    website: Url | None = ask("What is your organisation's website address?", "Starts with https://. Optional.", default=None)


# ------------------------------------------------------------------ scope

class Scope(Section):
    """Who the policy covers"""

    agency_staff: bool = ask(
        "Does it cover agency and interim staff?",
        "They follow the policy while on assignment with you; a concern about them goes to their agency, not your disciplinary procedure.",
        default=True,
    )
    students: bool = ask(
        "Does it cover social work students?",
        "Students on placement with you; for a university, the students on your social work programmes.",
        default=True,
    )
    foster_carers: bool = ask(
        "Does it cover foster carers?",
        "Foster carers you approve, for their role with children in their care. Their foster care agreement binds them to it, "
        "and the policy gets its own section for them.",
        default=False,
    )
    other_carers: bool = ask(
        "Does it cover other carers, such as kinship carers or Shared Lives carers?",
        "Carers you approve or support other than foster carers.",
        default=False,
    )
    volunteers: bool = ask(
        "Does it cover volunteers?",
        "Volunteers who work with people who use your services. Their volunteer agreement binds them to it.",
        default=False,
    )


# ------------------------------------------------------------------ document control

STATUSES = {"draft": "Draft", "approved": "Approved"}


HISTORY_KINDS = {"issued": "A new version was issued", "reviewed": "Reviewed with no change: the version stays, the next review is counted from this date"}


class HistoryEntry(Section):
    """One row of the version history: a version issued, or a review that changed nothing."""

    version: Text = Field(description="The version number, e.g. '1.0'; for a review, the version that was reviewed.")
    date: Date = Field(description="When this version was approved or issued, or the review was done (YYYY-MM-DD).")
    summary: Text = Field(description="What changed, in a short sentence; for a review, what was checked.")
    kind: choice(HISTORY_KINDS) | None = Field(default=None, description="reviewed: a review that changed nothing (the version stays; the next review counts from it). Empty or issued: a new version.")


class ClauseNote(Section):
    """One line on what a version changed in one clause, for `policygen changes`."""

    version: Text = Field(description="The version that made the change, e.g. '1.3'.")
    clause: Text = Field(description="The clause's id, as `policygen clauses` lists it, e.g. 'breaches.data'.")
    note: Text = Field(description="One line to the clause's readers on what is different, e.g. 'Report a data breach within 12 hours, not 8.'")


class Consultation(Section):
    """One group consulted on the policy."""

    who: Text = Field(description="Who was consulted, as it reads in a sentence, e.g. 'the recognised trade unions'.")
    date: dt.date = Field(description="When: the meeting, or the day the consultation closed (YYYY-MM-DD).")


class DocumentControl(Section):
    """Document control"""

    title: Text = ask("What is the policy called?", "The document title, used on the cover and in the file's properties.", default="Social media policy")
    reference: Text | None = ask("Does the policy have a reference number?", "Your policy library's reference, e.g. 'HR-042'. Optional.", default=None)
    version: Text = ask("What version is this?", "e.g. '1.0' or '2.1'.", default="1.0")
    status: choice(STATUSES) = ask("Is this a draft or the approved policy?", "Drafts are marked DRAFT in the header.", labels=STATUSES, default="draft")
    owner: Text = ask("Who owns the policy?", "A role, not a person's name, e.g. 'Principal Social Worker'.", default="Principal Social Worker")
    approver: Text = ask("Who approves the policy?", "A role or committee, e.g. 'Corporate Leadership Team'.", default="Senior Leadership Team")
    approved_on: Date | None = ask(
        "When was it approved?",
        "YYYY-MM-DD. Leave empty while the policy is a draft.",
        default=None,
    )
    review_every_months: int = ask(
        "How often is the policy reviewed, in months?",
        "Between 6 and 36. Two years (24) is common; review sooner when the law or your services change.",
        default=24,
        ge=6,
        le=36,
    )
    next_review_on: Date | None = ask(
        "When is the next review due?",
        "YYYY-MM-DD. Leave empty to count from the approval date.",
        default=None,
    )
    history: list[HistoryEntry] = ask(
        "Version history",
        "One entry per issued version, oldest first: version, date and a short summary.",
        default_factory=lambda: [],
    )
    clause_notes: list[ClauseNote] = ask(
        "What did each version change, clause by clause?",
        "Optional, for `policygen changes`: an entry for each clause whose rules a version changed, with the version, the clause id "
        "and one line to its readers. `policygen changes` uses the entries added since the older version; a changed clause with no entry "
        "is described by the words that changed.",
        default_factory=lambda: [],
    )
    approval_minute: Text | None = ask(
        "What records the approval?",
        "The minute or decision reference that shows the approval, e.g. 'CLT minute 2026/114'.",
        when="document.status == 'approved'",
        default=None,
    )
    equality_assessment_on: dt.date | None = ask(
        "When was the policy's equality impact assessment completed?",
        "YYYY-MM-DD. In Northern Ireland, the date of its section 75 equality screening. "
        "Public bodies (councils, NHS or HSC bodies, and universities that are public authorities outside Northern Ireland) "
        "assess a policy's effect on equality before they approve it.",
        default=None,
    )
    equality_assessment_outcome: Text | None = ask(
        "What did that assessment find?",
        "In a sentence, e.g. 'No adverse effect on any group found; a full assessment is not needed.'",
        when="document.equality_assessment_on",
        default=None,
    )
    consultation: list[Consultation] = ask(
        "Who was consulted on the policy, and when?",
        "One entry per group: who (e.g. 'the recognised trade unions') and the date. Leave empty if there was no consultation.",
        default_factory=lambda: [],
    )
    control_at_front: bool = ask(
        "Should the document details come first in the policy?",
        "Many policy libraries put document control at the front. If no, it comes at the end, before any appendix.",
        default=False,
    )
    template: WordFile | None = ask(
        "Do you have your own Word template?",
        "A Word document (.docx) with your organisation's fonts, colours, page size, margins and logo (a picture in its header), "
        "named relative to this answers file, e.g. 'brand.docx'. `policygen template brand.docx` writes a starter copy to restyle "
        "in Word. Leave empty for policygen's own look.",
        default=None,
    )

    @field_validator("approved_on")
    @classmethod
    def _approved_needs_date(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        if value is None and info.data.get("status") == "approved":
            raise ValueError("the status is 'approved', so give the approval date (YYYY-MM-DD)")
        return value

    @field_validator("next_review_on")
    @classmethod
    def _review_after_approval(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        approved = info.data.get("approved_on")
        if value and approved and value <= approved:
            raise ValueError(f"the review ({value.isoformat()}) must come after the approval ({approved.isoformat()})")
        return value

    @field_validator("history")
    @classmethod
    def _history_in_order(cls, value: list[HistoryEntry]) -> list[HistoryEntry]:
        dates = [entry.date for entry in value]
        if dates != sorted(dates):
            raise ValueError("list the versions in date order, oldest first")
        return value

    @field_validator("equality_assessment_outcome")
    @classmethod
    def _assessment_needs_outcome(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("equality_assessment_on"):
            raise ValueError("the equality assessment has a date, so say what it found, in a sentence")
        return value

    @field_validator("consultation")
    @classmethod
    def _consulted_before_approval(cls, value: list[Consultation], info: ValidationInfo) -> list[Consultation]:
        approved = info.data.get("approved_on")
        for entry in value:
            if approved and entry.date > approved:
                raise ValueError(f"{entry.who} were consulted on {entry.date.isoformat()}, after the approval ({approved.isoformat()}); consultation comes first")
        return value

    @property
    def last_reviewed(self) -> dt.date | None:
        """The date of the latest review that changed nothing (a `kind: reviewed` history entry)."""
        return max((entry.date for entry in self.history if entry.kind == "reviewed"), default=None)

    @property
    def review_due(self) -> dt.date | None:
        """The next review: the answer, while it falls after the last review; else one cycle from the last review or the approval."""
        reviewed = self.last_reviewed
        if self.next_review_on and (reviewed is None or self.next_review_on > reviewed):
            return self.next_review_on
        start = max(filter(None, (self.approved_on, reviewed)), default=None)
        return add_months(start, self.review_every_months) if start else None


def add_months(start: dt.date, count: int) -> dt.date:
    """The same day `count` months on; 31 August + 6 months is the last day of February, not a day that does not exist."""
    months = start.month - 1 + count
    year, month = start.year + months // 12, months % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


# ------------------------------------------------------------------ personal use

DURING_WORK = {
    "not_permitted": "Not at any point in the working day, breaks included",
    "breaks_only": "Only in breaks",
    "reasonable": "Reasonable, limited use that does not affect work",
}
WORK_DEVICES = {
    "not_permitted": "Not on work devices",
    "breaks_only": "Only in breaks",
    "permitted": "Permitted within the acceptable use policy",
}
NAMING = {
    "yes": "Yes, they may say where they work",
    "with_disclaimer": "Yes, with a note that their views are their own",
    "no": "No, staff should not name us as their employer",
}


class PersonalUse(Section):
    """Personal use of social media"""

    during_work: choice(DURING_WORK) = ask(
        "May staff use social media for personal reasons during working time?",
        "Personal use on any device while at work. Breaks are staff's own time: a rule that reaches into them limits their "
        "private life, so choose not_permitted only if HR can say why your work needs it.",
        labels=DURING_WORK,
        default="breaks_only",
    )
    work_devices: choice(WORK_DEVICES) = ask(
        "May staff use work phones and computers for personal social media?",
        "Work laptops, phones and tablets.",
        when="devices.issued != 'personal'",
        labels=WORK_DEVICES,
        default="not_permitted",
    )
    name_employer: choice(NAMING) = ask(
        "May staff say online that they work for you?",
        "For example in a profile or a post. Saying where you work is lawful; many employers ask for a note that views are personal.",
        labels=NAMING,
        default="with_disclaimer",
    )


# ------------------------------------------------------------------ devices

DEVICE_PATTERNS = {
    "work": "We issue work devices, and staff use only those for work",
    "personal": "We issue no work devices: staff use their own phones and computers for work",
    "both": "We issue work devices, and staff may also use their own for work",
}
PERSONAL_DEVICE_ACCESS = {
    "work_apps": "We manage only the work apps: we can see and remove work information, nothing else",
    "whole_device": "The whole device is enrolled in our device management: we can check its settings and wipe it",
}


class Devices(Section):
    """Devices used for work"""

    issued: choice(DEVICE_PATTERNS) = ask(
        "Do you issue work phones and computers, or do staff use their own?",
        "Decides which device rules the policy gives: no clause tells staff to use a work device if you issue none.",
        labels=DEVICE_PATTERNS,
        default="work",
    )
    approved_apps: list[Text] = ask(
        "Which apps and systems may staff use for work on their own devices?",
        "Names as staff know them, e.g. 'Microsoft Outlook' or 'the case recording app'. Leave empty and the policy "
        "tells staff to ask the IT contact which are approved.",
        when="devices.issued != 'work'",
        default_factory=lambda: [],
    )
    employer_access: choice(PERSONAL_DEVICE_ACCESS) = ask(
        "On a member of staff's own device, what can you see and remove?",
        "The policy tells staff exactly this before they use their own device for work.",
        when="devices.issued != 'work'",
        labels=PERSONAL_DEVICE_ACCESS,
        default="work_apps",
    )
    lost_report_hours: int = ask(
        "Within how many hours must a lost or stolen device used for work be reported?",
        "Between 1 and 24, counted from when the person notices. Reporting quickly lets you lock the device and remove work information.",
        default=4,
        ge=1,
        le=24,
    )
    restricted_platforms: list[Text] = ask(
        "Which social media platforms or apps, if any, are not allowed on your work devices?",
        "e.g. 'TikTok'. The policy says so, so that nobody installs them or plans an official account on them. Leave empty if none.",
        when="devices.issued != 'personal'",
        default_factory=lambda: [],
    )

    @field_validator("restricted_platforms")
    @classmethod
    def _only_on_work_devices(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if value and info.data.get("issued") == "personal":
            raise ValueError("you issue no work devices ('issued: personal'), so there are none to restrict; leave this empty")
        return value


# ------------------------------------------------------------------ boundaries

FORMER_USERS = {
    "never": "Never: no personal online contact with former service users",
    "discuss_first": "Only after discussing it with a manager, and never with children or adults at risk",
}


class Boundaries(Section):
    """Professional boundaries"""

    former_service_users: choice(FORMER_USERS) = ask(
        "May staff have personal online contact with people who used your services in the past?",
        "Contact with current service users is never allowed; this question is about former ones.",
        labels=FORMER_USERS,
        default="never",
    )


# ------------------------------------------------------------------ official accounts

# Done before every official account goes live, whatever the answers: the policy lists them.
STANDARD_CHECKS = ("dpia", "security", "records", "accessibility", "safeguarding")
CHECKS = {
    "dpia": "A data protection impact assessment screening (always done)",
    "security": "An information security review (always done)",
    "records": "A records and retention plan (always done)",
    "accessibility": "An accessibility check (always done)",
    "safeguarding": "A safeguarding and moderation check (always done)",
    "welsh_language": "A Welsh language standards check",
    "equality": "An equality check of who the account will reach",
    "legal": "A legal review of the platform's terms of use",
}


class OfficialAccount(Section):
    """One official account, as the register holds it."""

    platform: Text = Field(description="The platform, e.g. 'Facebook' or 'LinkedIn'.")
    name: Text = Field(description="The account's name or handle, as people see it, e.g. '@NorthshireFostering'.")
    purpose: Text | None = Field(default=None, description="What it is for, in a few words. Optional.")
    owner: Text = Field(description="The role that owns it, e.g. 'Fostering Service Manager'.")
    approved_by: Text = Field(description="Who approved it, as a role or team.")
    approved_on: dt.date = Field(description="When it was approved (YYYY-MM-DD).")


class OfficialAccounts(Section):
    """Official accounts"""

    exist: bool = ask(
        "Does your organisation or service run official social media accounts?",
        "Accounts that speak for the organisation, a team or a service.",
        default=True,
    )
    approver: Text = ask(
        "Who approves a new official account?",
        "A team or role as it reads in a sentence, e.g. 'the Communications Team'.",
        when="official_accounts.exist",
        default="the Communications Team",
    )
    register_keeper: Text = ask(
        "Who keeps the register of official accounts?",
        "As it reads in a sentence, e.g. 'the Communications Team'. The register records each account's platform, name, owner, approver and approval date.",
        when="official_accounts.exist",
        default="the Communications Team",
    )
    accounts: list[OfficialAccount] = ask(
        "Which official accounts do you run now?",
        "One entry per account: platform, name, purpose (optional), owner, who approved it and when. They are listed in the policy's register clause. Leave empty to leave the list to the register.",
        when="official_accounts.exist",
        default_factory=lambda: [],
    )
    pre_launch_checks: list[choice(CHECKS)] = ask(
        "Which checks, besides the standard ones, must be done before an official account goes live?",
        "Before any account or online service goes live, the policy always requires a data protection impact assessment screening, "
        "a security review, a records and retention plan, an accessibility check and a safeguarding and moderation check. Pick any others.",
        when="official_accounts.exist",
        labels=CHECKS,
        default_factory=lambda: [],
    )
    moderation_hours: Text | None = ask(
        "When are official accounts moderated?",
        "e.g. 'Monday to Friday, 9am to 5pm'. Leave empty if there is no set time.",
        when="official_accounts.exist",
        default=None,
    )
    dormant_months: int = ask(
        "After how many months without a post is an official account closed?",
        "Between 3 and 24. An account nobody uses can be taken over, or give people out-of-date information.",
        when="official_accounts.exist",
        default=6,
        ge=3,
        le=24,
    )

    @field_validator("accounts")
    @classmethod
    def _accounts_need_accounts(cls, value: list[OfficialAccount], info: ValidationInfo) -> list[OfficialAccount]:
        if value and info.data.get("exist") is False:
            raise ValueError("'exist' is false, so there are no official accounts to list; set exist: true or leave this empty")
        return value


# ------------------------------------------------------------------ online checks in social work

RECORDING = {
    "case_file": "In the case file",
    "case_file_and_log": "In the case file and in a central log",
}


# Conditions read the derived facts (answers/facts.py): who can authorise is decided there, once.


class OnlineChecks(Section):
    """Viewing people's social media in your work"""

    permitted: bool = ask(
        "May staff look at the public social media of people they work with, for a stated purpose?",
        "For example in a child protection enquiry: one look, for a reason they record. If no, the policy says staff must not look.",
        default=True,
    )
    own_surveillance_policy: Text | None = ask(
        "Does your organisation have its own surveillance policy that names who can authorise directed surveillance?",
        "Its title as staff will find it, e.g. 'Covert Surveillance Policy'. Only some public bodies can authorise "
        "surveillance, under RIPA or, in Scotland, RIP(S)A. Leave empty if you have no such policy: this policy then "
        "says that no one can authorise surveillance here, and that no one views the social media of people you work "
        "with repeatedly.",
        when="surveillance_power_unconfirmed and online_checks.permitted",
        default=None,
    )
    decision_maker: Text = ask(
        "Which senior manager decides whether repeated or systematic viewing is necessary and proportionate?",
        "A named senior role as it reads in a sentence, e.g. 'the Head of Service'. They record each decision, "
        "after advice on whether the viewing would be surveillance.",
        when="council and organisation.nation != 'scotland' and online_checks.permitted",
        default="the Head of Service",
    )
    advice_from: Text = ask(
        "Who advises on whether viewing could amount to surveillance?",
        "As it reads in a sentence, e.g. 'Legal Services' or 'the RIPA lead'.",
        when="can_authorise_surveillance and online_checks.permitted",
        default="Legal Services",
    )
    authorising_officer: Text = ask(
        "Who can authorise directed surveillance?",
        "The authorising officer your surveillance policy names, as it reads in a sentence, e.g. 'the Head of Service'. "
        "Name them if you can: the default sends staff to that policy to find out.",
        when="can_authorise_surveillance and online_checks.permitted",
        default="one of our authorising officers",
    )
    authorisation_lead: Text = ask(
        "Who looks after your surveillance authorisations?",
        "The officer who manages authorisations under RIPA, or RIP(S)A in Scotland, and the central record, as it "
        "reads in a sentence, e.g. 'the RIPA Coordinator'.",
        when="can_authorise_surveillance and online_checks.permitted",
        default="the surveillance lead",
    )
    concerns_to: Text = ask(
        "Whom do staff tell when they think someone's social media needs watching?",
        "A role as it reads in a sentence, e.g. 'the safeguarding lead'. This policy gives no one a way to authorise "
        "surveillance, so they pass the concern on to the local authority or the police.",
        when="not can_authorise_surveillance",
        default="the safeguarding lead",
    )
    recorded: choice(RECORDING) = ask(
        "Where is each look recorded?",
        "Who looked, where, what and why, who decided and what was found.",
        when="online_checks.permitted",
        labels=RECORDING,
        default="case_file",
    )


# ------------------------------------------------------------------ training and supervision

DELIVERY = {
    "elearning": "E-learning",
    "face_to_face": "Face-to-face sessions",
    "blended": "A mix of e-learning and face-to-face sessions",
}


CARER_TRAINING_TIMING = {
    "preparation": "Before approval, as part of the preparation training",
    "after_approval": "Within a set number of months of approval",
}


class Training(Section):
    """Training"""

    induction: bool = ask(
        "Is social media training part of induction?",
        "For new staff, agency workers, volunteers and students on placement. Carers have their own questions below.",
        default=True,
    )
    refresher_months: int | None = ask(
        "How often do staff refresh that training, in months?",
        "e.g. 24. Leave empty if there is no refresher. Volunteers refresh it as often as staff.",
        default=24,
        ge=6,
        le=60,
    )
    delivery: choice(DELIVERY) = ask("How is the training delivered?", "The usual format.", labels=DELIVERY, default="blended")
    recorded_in: Text = ask(
        "Where is each person's completed training recorded?",
        "As it reads after 'we record it in', e.g. 'the learning management system' or 'each person's training record'.",
        default="each person's training record",
    )
    carers: bool = ask(
        "Do you offer social media training to foster carers and other carers?",
        "So they can guide the children and adults they care for.",
        when="carers",
        default=True,
    )
    carers_timing: choice(CARER_TRAINING_TIMING) = ask(
        "When do carers first do that training?",
        "In preparation training before approval, or within a set time after it.",
        when="carers and training.carers",
        labels=CARER_TRAINING_TIMING,
        default="after_approval",
    )
    carers_within_months: int = ask(
        "Within how many months of approval do carers first do it?",
        "Between 1 and 24. In England, foster carers must also show they meet the Training, Support and "
        "Development Standards within 12 months of approval.",
        when="carers and training.carers and training.carers_timing == 'after_approval'",
        default=6,
        ge=1,
        le=24,
    )
    carers_refresher_months: int | None = ask(
        "How often do carers refresh it, in months?",
        "Carers' own answer, separate from staff: many agencies train carers every year (12). Leave empty for no set refresher.",
        when="carers and training.carers",
        default=12,
        ge=6,
        le=60,
    )


class Supervision(Section):
    """Supervision"""

    standing_item: bool = ask(
        "Is social media a standing item in supervision?",
        "Dilemmas are discussed at every supervision, not only when something goes wrong.",
        default=True,
    )
    record_decisions: bool = ask(
        "Are decisions about social media dilemmas recorded in supervision notes?",
        "Recording shows how the decision was reached.",
        default=True,
    )


# ------------------------------------------------------------------ support after abuse

class AbuseSupport(Section):
    """Support if you are abused online"""

    report_to: Text = ask(
        "Who should staff tell if they are abused or harassed online because of their work?",
        "A role, e.g. 'your line manager'. Write it as it reads in a sentence.",
        default="your line manager",
    )
    wellbeing_service: Text | None = ask(
        "What wellbeing support can staff use?",
        "e.g. 'the Employee Assistance Programme'. Give its phone number or web page under contacts.other, so that people can reach it. Leave empty if none.",
        default="the Employee Assistance Programme",
    )
    takedown_requests: bool = ask("Will the organisation ask platforms to remove abusive content?", "Reporting and takedown requests on the member of staff's behalf.", default=True)
    takedown_within_days: int = ask(
        "Within how many working days will you ask the platform to remove it?",
        "Between 1 and 10, counted from when the member of staff tells you. Asking quickly limits the harm.",
        when="abuse_support.takedown_requests",
        default=1,
        ge=1,
        le=10,
    )
    police_liaison: bool = ask("Will the organisation help staff report to the police?", "Including a named contact and copies of records.", default=True)
    security_review: bool = ask(
        "Will the organisation review a member of staff's personal security after online abuse?",
        "e.g. home address protection, lone working arrangements, changes to visits.",
        default=True,
    )
    security_review_within_days: int = ask(
        "Within how many working days will that review take place?",
        "Between 1 and 10, counted from when the member of staff tells you.",
        when="abuse_support.security_review",
        default=2,
        ge=1,
        le=10,
    )
    paid_time: bool = ask(
        "Will staff get paid time for appointments about the abuse?",
        "With the police, courts or support services.",
        default=True,
    )


# ------------------------------------------------------------------ people who use services, monitoring, welsh

class SafetyAdvice(Section):
    """Online safety advice for people who use services"""

    publish_advice: bool = ask(
        "Do you publish your own advice on staying safe online for people who use your services?",
        "Clear, accessible advice, for example on your website or in leaflets. If yes, say where it is, so that staff can point people to it. "
        "Either way, the policy names national sources of advice.",
        default=False,
    )
    advice_url: Url | None = ask(
        "Where is that advice published online?",
        "A web address starting with https://. Give this or the next answer, so that staff can point people to it.",
        when="safety_advice.publish_advice",
        default=None,
    )
    available: Text | None = ask(
        "Where else can people get the advice?",
        "As it reads after 'It is also available', e.g. 'as a leaflet at every family centre'. Optional.",
        when="safety_advice.publish_advice",
        default=None,
    )


MONITORED = {
    "web": "Websites visited from our devices and networks, including social media sites",
    "email": "Work email, chat and messages sent through our systems",
    "sign_ins": "Sign-ins to our systems and work accounts, and where they come from",
    "security": "Harmful software, and attempts to get round our security",
    "files": "Files downloaded, uploaded or shared outside our systems",
    "official_accounts": "Activity on our official social media accounts",
}
MONITORING_PURPOSES = {
    "security": "To keep information and systems secure",
    "compliance": "To check that this policy and our rules on the use of IT are followed",
    "investigation": "To look into a specific concern about misuse, when one is raised",
    "records": "To keep the records the law requires of our work",
}
LAWFUL_BASES = {
    "public_task": "Public task: the monitoring is needed to carry out our functions as a public body",
    "legitimate_interests": "Legitimate interests, weighed against staff's rights",
}


class Monitoring(Section):
    """Monitoring"""

    in_place: bool = ask(
        "Does your organisation monitor the use of its networks, devices and work accounts?",
        "If yes, the policy tells staff what is monitored and why, who sees the results, how long they are kept, "
        "and how to challenge them, as the ICO's guidance on monitoring workers expects.",
        default=True,
    )
    monitoring_policy: Text | None = ask(
        "Which policy explains that monitoring?",
        "e.g. 'Acceptable Use Policy'.",
        when="monitoring.in_place",
        default="Acceptable Use Policy",
    )
    monitored: list[choice(MONITORED)] = ask(
        "What do you monitor?",
        "Pick all that apply. Monitor only what you need: the ICO does not accept monitoring 'just in case'.",
        when="monitoring.in_place",
        labels=MONITORED,
        default_factory=lambda: ["web", "sign_ins", "security"],
    )
    purposes: list[choice(MONITORING_PURPOSES)] = ask(
        "Why do you monitor?",
        "Pick all that apply. Staff must be told the purpose of any monitoring.",
        when="monitoring.in_place",
        labels=MONITORING_PURPOSES,
        default_factory=lambda: ["security", "compliance"],
    )
    lawful_basis: choice(LAWFUL_BASES) | None = ask(
        "What is your lawful basis for the monitoring under the UK GDPR?",
        "Leave empty for the usual basis for your kind of organisation: public task for councils, NHS or HSC bodies and "
        "universities that are public authorities; legitimate interests for others. Confirm it with your data protection officer.",
        when="monitoring.in_place",
        labels=LAWFUL_BASES,
        default=None,
    )
    results_seen_by: Text = ask(
        "Who sees the results of monitoring?",
        "A team or role as it reads in a sentence, e.g. 'the IT Security Team'. Keep it to the few people who need to.",
        when="monitoring.in_place",
        default="the IT Security Team",
    )
    kept_for_days: int = ask(
        "For how many days are monitoring records kept?",
        "Between 1 and 1095 (three years). Records needed for an investigation are kept until it ends.",
        when="monitoring.in_place",
        default=90,
        ge=1,
        le=1095,
    )
    dpia_completed_on: dt.date | None = ask(
        "When was the data protection impact assessment of the monitoring completed?",
        "YYYY-MM-DD. Required before the policy is approved: an approved policy that describes monitoring must say when it was assessed.",
        when="monitoring.in_place",
        default=None,
    )
    covert_authorised_by: Text = ask(
        "Who alone can authorise covert monitoring, in an exceptional case?",
        "The most senior role, as it reads in a sentence, e.g. 'the Chief Executive'. Covert monitoring is only for a suspected crime or "
        "serious misconduct, after a data protection impact assessment, for a set time.",
        when="monitoring.in_place",
        default="the Chief Executive",
    )

    @field_validator("monitored", "purposes")
    @classmethod
    def _say_what_and_why(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if info.data.get("in_place") and not value:
            raise ValueError("monitoring is on, so pick at least one: staff must be told what is monitored and why")
        return value


class WelshLanguage(Section):
    """Welsh language"""

    standards_apply: bool = ask(
        "Have you been served Welsh Language Standards?",
        "If so, the policy tells staff to run official accounts as your compliance notice requires, and adds a Welsh language check before an account goes live.",
        when="organisation.nation == 'wales'",
        default=False,
    )
    welsh_version: bool = ask(
        "Is there a Welsh version of this policy?",
        "Say yes only when the Welsh text exists: the policy then tells readers it is available in Welsh and English.",
        when="organisation.nation == 'wales'",
        default=False,
    )


# ------------------------------------------------------------------ contacts and policies

class Contact(Section):
    """A team or role the policy refers people to, and how to reach it."""

    name: Text = Field(
        description="The team or role as it reads in a sentence, e.g. 'the Communications Team'. "
        "A role every reader has their own of, such as 'your line manager', needs no contact details."
    )
    email: Email | None = Field(default=None, description="An email address. Give at least one way to reach a team: email, phone or web page.")
    phone: Text | None = Field(default=None, description="A phone number or extension.")
    web: WebPage | None = Field(default=None, description="An intranet or web page, starting with https:// or http://.")

    @property
    def personal(self) -> bool:
        """'your line manager': each reader's own, so reached directly, not through a listed address."""
        return self.name.lower().startswith("your ")

    @property
    def reachable(self) -> bool:
        return bool(self.email or self.phone or self.web) or self.personal


class OtherContact(Contact):
    """Another team the policy names, with how to reach it."""

    purpose: Text | None = Field(
        default=None,
        description="What people contact them for, e.g. 'Support after online abuse'. A team the policy already names appears under that purpose.",
    )


class Contacts(Section):
    """Contacts"""

    questions: Contact = ask(
        "Who answers questions about this policy?",
        "Usually the policy owner's team. Give a name and at least one way to reach them: email, phone or web page.",
        default_factory=lambda: Contact(name="the Principal Social Worker"),
    )
    concerns: Contact = ask(
        "Where do staff report a concern about someone's social media use?",
        "Usually 'your line manager'. Carers go to their supervising social worker and students to their practice educator.",
        default_factory=lambda: Contact(name="your line manager"),
    )
    concerns_alternative: Contact = ask(
        "Who can people go to when the concern is about their manager, or they cannot raise it with them?",
        "A team outside the line of management, with a way to reach it, e.g. the HR team or a Freedom to Speak Up Guardian.",
        default_factory=lambda: Contact(name="the HR Team"),
    )
    communications: Contact = ask(
        "Who runs communications and official accounts?",
        "The team that supports official accounts and media enquiries, and how to reach it.",
        default_factory=lambda: Contact(name="the Communications Team"),
    )
    data_protection: Contact = ask(
        "Who is your data protection officer?",
        "The role or team, and how to reach them: staff report data breaches and monitoring questions to them.",
        default_factory=lambda: Contact(name="the Data Protection Officer"),
    )
    it_support: Contact = ask(
        "Who do people tell when a device they use for work is lost or stolen?",
        "Usually the IT service desk, with a phone number that works when someone has lost their phone.",
        default_factory=lambda: Contact(name="the IT Service Desk"),
    )
    out_of_hours: Contact | None = ask(
        "Who do people call out of hours when someone may be at risk?",
        "Your emergency duty team or on-call service, with its phone number. Leave empty to name the usual service "
        "for your nation: the out-of-hours social work service of the council where the person lives, or in Northern "
        "Ireland the Regional Emergency Social Work Service.",
        default=None,
    )
    other: list[OtherContact] = ask(
        "How do people reach the other teams the policy names?",
        "For example the team that approves official accounts, or your wellbeing service, when it is not one of the contacts above. "
        "One entry per team: name, what people contact it for, and an email, phone or web page.\n"
        "A new answers file lists here each team your other answers name that no contact above is: give each an email, phone or web page.",
        default_factory=lambda: [],
    )


# ------------------------------------------------------------------ foster carers and other carers

# The other carers an organisation approves or supports; the policy names only those it picks.
OTHER_CARER_KINDS = {
    "kinship": "Kinship carers: relatives or friends who care for a child who cannot live with their parents",
    "shared_lives": "Shared Lives carers: people who share their home and family life with an adult who needs support",
}
# How each kind reads in a sentence (answers/facts.py: other_carer_kinds).
OTHER_CARER_NAMES = {"kinship": "kinship carers", "shared_lives": "Shared Lives carers"}

# What a carer's phone or computer holds, for the rule on one that is lost or stolen.
CARER_DEVICES = {
    "own_devices": "Their own phones and computers hold messages, emails, photos or reports about the people in their care",
    "our_systems": "As well, carers sign in to our systems on them, such as secure email or a carers' portal, or use a device we give them",
    "none": "Carers keep no information about the people in their care on any phone or computer",
}


class Fostering(Section):
    """Foster carers and other carers"""

    agreement: Text = ask(
        "What is your written agreement with each foster carer called?",
        "As it reads after 'your', e.g. 'foster care agreement'. Every nation's fostering regulations require one; "
        "make sure yours asks carers to follow this policy.",
        when="scope.foster_carers",
        default="foster care agreement",
    )
    supervising_worker: Text = ask(
        "What do you call the social worker who supervises and supports each foster carer?",
        "As it reads after 'your', e.g. 'supervising social worker'. The policy names them wherever it tells staff to see their manager.",
        when="scope.foster_carers",
        default="supervising social worker",
    )
    out_of_hours: Contact = ask(
        "How do foster carers reach advice and support outside office hours?",
        "The support line or on-call service, with its phone number. The regulations and standards in every nation expect "
        "carers to have support outside office hours.",
        when="scope.foster_carers",
        default_factory=lambda: Contact(name="our out-of-hours support line"),
    )
    # Not asked in Northern Ireland: no panel or decision maker's title is verified there, so the
    # policy says that we decide (clauses/fostering/concerns.md, nations.yaml review_panel).
    decision_maker: Text = ask(
        "Who decides, after the fostering panel's recommendation, whether a carer stays approved?",
        "A role as it reads in a sentence, e.g. 'the agency decision maker'.",
        when="scope.foster_carers and organisation.nation != 'northern_ireland'",
        default="the agency decision maker",
    )
    carer_support: Text | None = ask(
        "What support can foster carers use if they are abused online because they foster?",
        "e.g. 'the independent support service for our foster carers'. Leave empty if carers have no service of their own: "
        "staff wellbeing services are not offered to them.",
        when="scope.foster_carers",
        default=None,
    )
    concerns_alternative: Contact = ask(
        "Who can carers go to with a concern they cannot raise with their supervising social worker, such as one about that worker?",
        "Someone above their worker in the service that approves them, and how to reach them, e.g. the Fostering Service Manager "
        "or the Registered Manager. Carers are not your employees, so the HR team is not their route.",
        when="carers",
        default_factory=lambda: Contact(name="the manager of the service that approves you"),
    )
    devices: choice(CARER_DEVICES) = ask(
        "Do carers hold information about the people in their care on their phones or computers, or use your systems on them?",
        "Decides the rule for a carer's lost or stolen device. Most carers' phones hold messages, emails and photos about a child, "
        "so the policy tells them how to report a lost one as a data breach unless you answer that none do.",
        when="carers",
        labels=CARER_DEVICES,
        default="own_devices",
    )
    other_carers_kinds: list[choice(OTHER_CARER_KINDS)] = ask(
        "Which kinds of carer besides foster carers does the policy cover?",
        "Pick each kind you approve or support: the policy names only these. A kinship carer you approve as a foster carer "
        "is one of your foster carers. Leave empty if none of these fits: the policy then calls them carers you approve or support.",
        when="scope.other_carers",
        labels=OTHER_CARER_KINDS,
        default_factory=lambda: [],
    )
    other_carers_agreement: Text = ask(
        "What is your written agreement with other carers, such as kinship or Shared Lives carers, called?",
        "As it reads after 'your', e.g. 'carer agreement' or 'Shared Lives carer agreement'.",
        when="scope.other_carers",
        default="carer agreement",
    )
    other_carers_worker: Text = ask(
        "Who supports and supervises those carers?",
        "As it reads after 'your', e.g. 'supporting social worker' or 'Shared Lives worker'.",
        when="scope.other_carers",
        default="supporting social worker",
    )


# ------------------------------------------------------------------ universities

class HigherEducation(Section):
    """Universities: students, research and academic freedom"""

    student_procedure: Text = ask(
        "What is your procedure for concerns about a social work student's suitability or fitness to practise called?",
        "Its name as students will find it, e.g. 'Suitability and Fitness to Practise Procedure'.",
        when="university",
        default="Fitness to Practise Procedure",
    )
    student_concerns: Contact = ask(
        "Who can your students go to with a concern they cannot raise with their personal tutor, such as one about that tutor?",
        "Someone in the university outside their tutoring, and how to reach them, e.g. the Director of Social Work Education "
        "or the student support team. Students are not your employees, so the HR team is not their route.",
        when="university_students",
        default_factory=lambda: Contact(name="your programme leader"),
    )
    research_ethics: Text = ask(
        "Who gives ethics approval for research that uses social media?",
        "As it reads in a sentence, e.g. 'the School Research Ethics Committee'.",
        when="university",
        default="the research ethics committee",
    )
    public_authority: bool = ask(
        "Is the university a public authority under freedom of information law?",
        "Universities funded by the state are: under the Freedom of Information Act 2000, or in Scotland the Freedom of "
        "Information (Scotland) Act 2002. A private university may not be; ask your information governance lead. "
        "When yes, the policy treats the university as a public body: work information falls under that Act, public task "
        "is its usual lawful basis under the UK GDPR and, outside Northern Ireland, its equality assessment meets the public sector equality duty.",
        when="university",
        default=True,
    )
    ofs_registered: bool = ask(
        "Is the university registered with the Office for Students?",
        "The duties of the Higher Education (Freedom of Speech) Act 2023 fall on universities on the Office for Students' "
        "register of English higher education providers. Most English universities are registered; when yes, the policy names the duty.",
        when="university and organisation.nation == 'england'",
        default=True,
    )
    free_speech_code: Text | None = ask(
        "What is your code of practice on freedom of speech called, if you have one?",
        "Its name as staff will find it, e.g. 'Code of Practice on Freedom of Speech'. The policy points to it. Optional.",
        when="university",
        default=None,
    )
    experts_by_experience: Text = ask(
        "What do you call the people with lived experience of social work who help you teach?",
        "As it reads in a sentence, e.g. 'experts by experience' or 'our service user and carer group'.",
        when="university",
        default="experts by experience",
    )


class Policies(Section):
    """Related policies"""

    disciplinary: Text = ask("What is your disciplinary policy called?", "The policy that applies when this one is broken.", default="Disciplinary Policy")
    part_of_contract: bool = ask(
        "Is this policy part of your employees' contracts of employment?",
        "Most employers keep a policy like this one outside the contract, so that they can update it without changing "
        "every contract; ask HR if you are not sure. The policy tells employees which it is.",
        default=False,
    )
    whistleblowing: Text = ask(
        "What is your whistleblowing policy called?",
        "Where staff raise concerns about wrongdoing when they cannot raise them with a manager, e.g. 'Whistleblowing Policy'.",
        default="Whistleblowing Policy",
    )
    data_breach_hours: int = ask(
        "Within how many hours must staff report a suspected data breach to your data protection officer?",
        "Between 1 and 24. Your organisation has 72 hours to report serious breaches to the ICO, so staff must tell you quickly.",
        default=24,
        ge=1,
        le=24,
    )
    grievance: Text = ask(
        "What is your grievance procedure called?",
        "How an employee raises a complaint about their own treatment at work, e.g. 'Grievance Procedure'.",
        default="Grievance Procedure",
    )
    related: list[Text] = ask(
        "Which other policies should people read with this one?",
        "Names as staff will find them, e.g. 'Dignity at Work Policy'. Leave empty for the usual list for your kind of organisation: "
        "code of conduct, safeguarding procedures, data protection, information security and acceptable use, records management, "
        "bullying and harassment, lone working and media relations, and freedom of information for councils and NHS or HSC bodies. "
        "The whistleblowing, grievance and disciplinary policies and the agreements of carers, students and volunteers are added for you.",
        default_factory=lambda: [],
    )
    location: Text | None = ask(
        "Where do staff find this policy and the related policies?",
        "As it reads after 'You can find this policy and the policies it names', e.g. 'on the intranet, under HR policies'.",
        default=None,
    )
    location_url: WebPage | None = ask(
        "What is the address of that page?",
        "An intranet or web address, starting with https:// or http://. Optional.",
        default=None,
    )
    code_of_practice: Text | None = ask(
        "Do you have a separate code of practice on social media? If so, what is it called?",
        "Leave empty if this policy is your code of practice: the policy then says so. BASW recommends that employers have a "
        "strategy, a policy and a code of practice for staff on social media.",
        default=None,
    )
    strategy: Text | None = ask(
        "Does this policy put a social media or digital strategy into practice? If so, what is it called?",
        "e.g. 'Digital Communications Strategy 2026 to 2029'. Leave empty if there is none.",
        default=None,
    )


class Exclusion(Section):
    """A clause of the library left out of the policy, and why."""

    clause: Text = Field(description="The clause's id, as `policygen clauses` lists it, e.g. 'official.register'.")
    reason: Text | None = Field(
        default=None,
        description="Why it is left out, in a sentence for the approval committee, e.g. 'Our communications policy keeps the register of accounts.'",
    )


def _exclusion(value: Any) -> Any:
    # A plain clause id, as files written before reasons were asked for give it: the same exclusion, with no reason.
    return {"clause": value} if isinstance(value, str) else value


# The schema lets editors accept either form, as the model does.
ExcludedClause = Annotated[Exclusion, BeforeValidator(_exclusion, json_schema_input_type=str | Exclusion)]


class Customise(Section):
    """Customising the policy"""

    exclude: list[ExcludedClause] = Field(
        default_factory=lambda: [],
        title="Which clauses should be left out?",
        description=(
            "Clause ids from `policygen clauses`. Leave empty to keep every clause that applies.\n"
            "Give each with the reason it is left out: the review copy, `policygen coverage` and `policygen clauses --answers` show it "
            "beside the clause, so the approval committee sees why. For example:\n"
            "  - clause: official.register\n"
            "    reason: Our Communications Policy sets out the register of accounts.\n"
            "A clause id on its own still works, and the build warns until it has a reason."
        ),
    )
    clauses: Folder | None = Field(
        default=None,
        title="Where are your organisation's own clauses?",
        description=(
            "A folder inside this answers file's folder, e.g. local-clauses/, of clause files in the library's format. A file with a new id adds a clause"
            " (placed by `after:` or `before:`); one with `replaces: <library id>` replaces that clause's title and text."
            " Leave empty to use the library's clauses only."
        ),
    )
    coverage_appendix: bool = ask(
        "Add an appendix showing how the policy reflects the BASW policy?",
        "A table of the BASW recommendations and the clauses that meet them.",
        default=True,
    )

    @property
    def excluded(self) -> dict[str, str | None]:
        """Each clause id left out, with its reason (None when the file gives none), in the file's order."""
        return {item.clause: item.reason for item in self.exclude}


# ------------------------------------------------------------------ the whole file

# A group of answers the file leaves out gets its defaults from model_construct, not by validating
# an empty group, which would build that group's own validator on every build that leaves it out.
# The two give the same group: tests/answers/test_model.py checks it for every group.


class Answers(Section):
    """One organisation's answers."""

    policygen: Literal[2] = Field(description=FORMAT_HELP, default=FORMAT_VERSION)
    organisation: Organisation = Field(description="Your organisation.")
    scope: Scope = Field(default_factory=Scope.model_construct, description="Who the policy covers.")
    document: DocumentControl = Field(default_factory=DocumentControl.model_construct, description="Document control.")
    devices: Devices = Field(default_factory=Devices.model_construct, description="Devices used for work.")
    personal_use: PersonalUse = Field(default_factory=PersonalUse.model_construct, description="Personal use of social media.")
    boundaries: Boundaries = Field(default_factory=Boundaries.model_construct, description="Professional boundaries.")
    official_accounts: OfficialAccounts = Field(default_factory=OfficialAccounts.model_construct, description="Official accounts.")
    online_checks: OnlineChecks = Field(default_factory=OnlineChecks.model_construct, description="Viewing people's social media in your work.")
    training: Training = Field(default_factory=Training.model_construct, description="Training.")
    supervision: Supervision = Field(default_factory=Supervision.model_construct, description="Supervision.")
    fostering: Fostering = Field(default_factory=Fostering.model_construct, description="Foster carers and other carers.")
    higher_education: HigherEducation = Field(default_factory=HigherEducation.model_construct, description="Universities: students, research and academic freedom.")
    abuse_support: AbuseSupport = Field(default_factory=AbuseSupport.model_construct, description="Support if staff are abused online.")
    safety_advice: SafetyAdvice = Field(default_factory=SafetyAdvice.model_construct, description="Online safety advice for people who use services.")
    monitoring: Monitoring = Field(default_factory=Monitoring.model_construct, description="Monitoring.")
    welsh_language: WelshLanguage = Field(default_factory=WelshLanguage.model_construct, description="Welsh language.")
    contacts: Contacts = Field(default_factory=Contacts.model_construct, description="Contacts.")
    policies: Policies = Field(default_factory=Policies.model_construct, description="Related policies.")
    customise: Customise = Field(default_factory=Customise.model_construct, description="Customising the policy.")

    _source: tuple[str, Any] = PrivateAttr(default=("<answers>", None))

    @model_validator(mode="before")
    @classmethod
    def _fill_employer_defaults(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        filled = dict(data)
        for key, value in employer_defaults(data.get("organisation")).items():
            group, name = key.split(".")
            section = filled.get(group, {})
            if isinstance(section, dict) and name not in section:
                filled[group] = {**section, name: value}
        return filled

    @property
    def source_file(self) -> str:
        return self._source[0]

    def line_of(self, path: tuple) -> int | None:
        """The line of a field in the answers file, for problems found after loading."""
        located = self._source[1]
        return located.line(path) if located is not None else None
