"""The answers file: what one organisation told us, as pydantic models.

Every field's `title` is the question and its `description` the help text;
`policygen init`, `policygen questions` and the JSON Schema are all made from
these models, so a new question is added here and nowhere else.
A field's `when` (in json_schema_extra) is a Jinja expression over the answers
given so far and the facts derived from them (answers/facts.py), the same names a
clause's `when` sees: the question is asked only when it is true.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, ValidationInfo, field_validator, model_validator

FORMAT_VERSION: Literal[1] = 1

# XML 1.0 cannot hold these, so Word cannot store them (tab and newline are fine).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


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


Text = Annotated[str, AfterValidator(_storable), AfterValidator(_not_blank)]
def _url(value: str) -> str:
    if not re.fullmatch(r"https://[^\s/]+\.[^\s]+", value):
        raise ValueError(f"{value!r} is not a web address: write it in full, starting with https://")
    return value


def _email(value: str) -> str:
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise ValueError(f"{value!r} is not an email address, e.g. policy@example.gov.uk")
    return value


Url = Annotated[str, AfterValidator(_storable), AfterValidator(_url)]
Email = Annotated[str, AfterValidator(_storable), AfterValidator(_email)]


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


def employer_defaults(organisation: Any) -> dict[str, Any]:
    """The defaults for this employer's kind and nation, by answer key (none if the answers are incomplete)."""
    if not isinstance(organisation, dict):
        return {}
    return EMPLOYER_DEFAULTS.get((str(organisation.get("type")), str(organisation.get("nation"))), {})


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

    agency_staff: bool = ask("Does it cover agency and interim staff?", "They follow the policy while working for you.", default=True)
    students: bool = ask(
        "Does it cover social work students?",
        "Students on placement with you; for a university, the students on your social work programmes.",
        default=True,
    )
    foster_carers: bool = ask("Does it cover foster carers?", "Foster carers you approve or support, for their role with children in their care.", default=False)
    other_carers: bool = ask(
        "Does it cover other carers, such as kinship carers or Shared Lives carers?",
        "Carers you approve or support other than foster carers.",
        default=False,
    )
    volunteers: bool = ask("Does it cover volunteers?", "Volunteers who work with people who use your services.", default=False)


# ------------------------------------------------------------------ document control

STATUSES = {"draft": "Draft", "approved": "Approved"}


class HistoryEntry(Section):
    """One row of the version history."""

    version: Text = Field(description="The version number, e.g. '1.0'.")
    date: dt.date = Field(description="When this version was approved or issued (YYYY-MM-DD).")
    summary: Text = Field(description="What changed, in a short sentence.")


class DocumentControl(Section):
    """Document control"""

    title: Text = ask("What is the policy called?", "The document title, used on the cover and in the file's properties.", default="Social media policy")
    reference: Text | None = ask("Does the policy have a reference number?", "Your policy library's reference, e.g. 'HR-042'. Optional.", default=None)
    version: Text = ask("What version is this?", "e.g. '1.0' or '2.1'.", default="1.0")
    status: choice(STATUSES) = ask("Is this a draft or the approved policy?", "Drafts are marked DRAFT in the header.", labels=STATUSES, default="draft")
    owner: Text = ask("Who owns the policy?", "A role, not a person's name, e.g. 'Principal Social Worker'.", default="Principal Social Worker")
    approver: Text = ask("Who approves the policy?", "A role or committee, e.g. 'Corporate Leadership Team'.", default="Senior Leadership Team")
    approved_on: dt.date | None = ask(
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
    next_review_on: dt.date | None = ask(
        "When is the next review due?",
        "YYYY-MM-DD. Leave empty to count from the approval date.",
        default=None,
    )
    history: list[HistoryEntry] = ask(
        "Version history",
        "One entry per issued version, oldest first: version, date and a short summary.",
        default_factory=list,
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

    @property
    def review_due(self) -> dt.date | None:
        if self.next_review_on:
            return self.next_review_on
        if self.approved_on is None:
            return None
        months = self.approved_on.month - 1 + self.review_every_months
        year, month = self.approved_on.year + months // 12, months % 12 + 1
        # 31 August + 6 months is the last day of February, not a day that does not exist.
        day = min(self.approved_on.day, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day)


# ------------------------------------------------------------------ personal use

DURING_WORK = {
    "not_permitted": "Not during working time",
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
        "Personal use on any device while at work.",
        labels=DURING_WORK,
        default="breaks_only",
    )
    work_devices: choice(WORK_DEVICES) = ask(
        "May staff use work phones and computers for personal social media?",
        "Work laptops, phones and tablets.",
        labels=WORK_DEVICES,
        default="not_permitted",
    )
    name_employer: choice(NAMING) = ask(
        "May staff say online that they work for you?",
        "For example in a profile or a post. Saying where you work is lawful; many employers ask for a note that views are personal.",
        labels=NAMING,
        default="with_disclaimer",
    )


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

CHECKS = {
    "dpia": "A data protection impact assessment",
    "security": "An information security review",
    "safeguarding": "A safeguarding risk assessment",
    "accessibility": "An accessibility check",
    "records": "A records management plan",
    "welsh_language": "A Welsh language standards check",
}


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
        "As it reads in a sentence, e.g. 'the Communications Team'. The register lists each account, its purpose and the people who run it.",
        when="official_accounts.exist",
        default="the Communications Team",
    )
    pre_launch_checks: list[choice(CHECKS)] = ask(
        "Which checks must be done before an official account or online service goes live?",
        "Security and confidentiality checks before launch; pick all that apply.",
        when="official_accounts.exist",
        labels=CHECKS,
        default_factory=lambda: ["dpia", "security", "safeguarding", "accessibility"],
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

    @field_validator("pre_launch_checks")
    @classmethod
    def _security_checks(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if info.data.get("exist") and not {"dpia", "security"} <= set(value):
            raise ValueError("must include 'dpia' and 'security': no official account goes live before its data protection and security checks")
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


class Training(Section):
    """Training"""

    induction: bool = ask("Is social media training part of induction?", "For new staff and students.", default=True)
    refresher_months: int | None = ask(
        "How often do staff refresh that training, in months?",
        "e.g. 24. Leave empty if there is no refresher.",
        default=24,
        ge=6,
        le=60,
    )
    delivery: choice(DELIVERY) = ask("How is the training delivered?", "The usual format.", labels=DELIVERY, default="blended")
    carers: bool = ask(
        "Do you offer social media training to foster carers and other carers?",
        "So they can guide the children and adults they care for.",
        when="scope.foster_carers or scope.other_carers",
        default=True,
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
        "e.g. 'the Employee Assistance Programme'. Leave empty if none.",
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
        "Do you give people who use your services advice on staying safe online?",
        "Clear, accessible advice, for example on your website or in leaflets.",
        default=True,
    )
    advice_url: Url | None = ask(
        "Where is that advice published?",
        "A web address starting with https://. Optional.",
        when="safety_advice.publish_advice",
        default=None,
    )


class Monitoring(Section):
    """Monitoring"""

    monitors_devices: bool = ask(
        "Does your organisation monitor the use of its networks and devices?",
        "If yes, the policy tells staff what is monitored and why, as the ICO expects.",
        default=True,
    )
    monitoring_policy: Text | None = ask(
        "Which policy explains that monitoring?",
        "e.g. 'Acceptable Use Policy'.",
        when="monitoring.monitors_devices",
        default="Acceptable Use Policy",
    )


class WelshLanguage(Section):
    """Welsh language"""

    standards_apply: bool = ask(
        "Have you been served Welsh Language Standards?",
        "If so, official accounts must work bilingually and the policy is published in Welsh too.",
        when="organisation.nation == 'wales'",
        default=False,
    )


# ------------------------------------------------------------------ contacts and policies

class Contact(Section):
    """A team or role the policy refers people to."""

    name: Text = Field(description="The team or role as it reads in a sentence, e.g. 'the Communications Team' or 'your line manager'.")
    email: Email | None = Field(default=None, description="An email address. Optional.")
    phone: Text | None = Field(default=None, description="A phone number or extension. Optional.")


class Contacts(Section):
    """Contacts"""

    questions: Contact = ask(
        "Who answers questions about this policy?",
        "Usually the policy owner's team.",
        default_factory=lambda: Contact(name="the Principal Social Worker"),
    )
    concerns: Contact = ask(
        "Where do staff report a concern about someone's social media use?",
        "e.g. a manager or the HR team.",
        default_factory=lambda: Contact(name="your line manager"),
    )
    communications: Contact = ask(
        "Who runs communications and official accounts?",
        "The team that supports official accounts and media enquiries.",
        default_factory=lambda: Contact(name="the Communications Team"),
    )
    data_protection: Contact = ask(
        "Who is your data protection officer?",
        "The role or team, and how to reach them.",
        default_factory=lambda: Contact(name="the Data Protection Officer"),
    )


class Policies(Section):
    """Related policies"""

    disciplinary: Text = ask("What is your disciplinary policy called?", "The policy that applies when this one is broken.", default="Disciplinary Policy")
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
    related: list[Text] = ask(
        "Which other policies should staff read with this one?",
        "Names as staff will find them, e.g. 'Data Protection Policy'.",
        default_factory=lambda: ["Code of Conduct", "Data Protection Policy", "Information Security Policy", "Whistleblowing Policy"],
    )


class Customise(Section):
    """Customising the policy"""

    exclude: list[str] = Field(
        default_factory=list,
        title="Which clauses should be left out?",
        description="Clause ids from `policygen clauses`. Leave empty to keep every clause that applies.",
    )
    coverage_appendix: bool = ask(
        "Add an appendix showing how the policy reflects the BASW policy?",
        "A table of the BASW recommendations and the clauses that meet them.",
        default=True,
    )


# ------------------------------------------------------------------ the whole file

class Answers(Section):
    """One organisation's answers."""

    policygen: Literal[1] = Field(description="The answers file format version. Always 1 for now.", default=FORMAT_VERSION)
    organisation: Organisation = Field(description="Your organisation.")
    scope: Scope = Field(default_factory=Scope, description="Who the policy covers.")
    document: DocumentControl = Field(default_factory=DocumentControl, description="Document control.")
    personal_use: PersonalUse = Field(default_factory=PersonalUse, description="Personal use of social media.")
    boundaries: Boundaries = Field(default_factory=Boundaries, description="Professional boundaries.")
    official_accounts: OfficialAccounts = Field(default_factory=OfficialAccounts, description="Official accounts.")
    online_checks: OnlineChecks = Field(default_factory=OnlineChecks, description="Viewing people's social media in your work.")
    training: Training = Field(default_factory=Training, description="Training.")
    supervision: Supervision = Field(default_factory=Supervision, description="Supervision.")
    abuse_support: AbuseSupport = Field(default_factory=AbuseSupport, description="Support if staff are abused online.")
    safety_advice: SafetyAdvice = Field(default_factory=SafetyAdvice, description="Online safety advice for people who use services.")
    monitoring: Monitoring = Field(default_factory=Monitoring, description="Monitoring.")
    welsh_language: WelshLanguage = Field(default_factory=WelshLanguage, description="Welsh language.")
    contacts: Contacts = Field(default_factory=Contacts, description="Contacts.")
    policies: Policies = Field(default_factory=Policies, description="Related policies.")
    customise: Customise = Field(default_factory=Customise, description="Customising the policy.")

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
