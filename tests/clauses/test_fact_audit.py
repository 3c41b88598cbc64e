"""The fact audit of the staff policy: every statement of law, regulation or official guidance in
the five staff examples (one per nation and kind of employer), pinned to the fact it rests on.

Each sentence below is written out here, not read from clauses/data/, so a wrong fact in the data
fails. The comment beside each names its entry in the project's DOMAIN.md (D) or
DOMAIN-frameworks.md (F) and its confidence: [V] verified, [V*] verified via a copy, [S] secondary,
worded so the employer's own procedure or answer settles it. Facts that are not verified are
pinned as absent.
"""

from __future__ import annotations

import re

import pytest

from generator.pipeline import prepare
from generator.writers import markdown
from helpers import ROOT

EXAMPLES = ROOT / "examples"
NORTHSHIRE, CERI_VALE, STRATHMORE, MOURNE_GLENS, CLYDEVIEW = (
    "northshire-council",  # England, council
    "ceri-vale-council",  # Wales, council
    "strathmore-council",  # Scotland, council
    "mourne-glens-hsc-trust",  # Northern Ireland, HSC trust
    "clydeview-family-support",  # Scotland, charity
)
ALL = (NORTHSHIRE, CERI_VALE, STRATHMORE, MOURNE_GLENS, CLYDEVIEW)


@pytest.fixture(scope="module")
def staff_policy():
    """name -> the example's full (staff) policy as Markdown, with each sentence's lines folded."""
    built: dict[str, str] = {}

    def text(name: str) -> str:
        if name not in built:
            document = prepare(EXAMPLES / f"{name}.yaml").document
            built[name] = " ".join(markdown.render(document).decode("utf-8").split())
        return built[name]

    return text


# ------------------------------------------------------------------ the same in every nation

EVERY_NATION = [
    # D "Every nation": UK GDPR and DPA 2018 [V]; Human Rights Act Articles 8 and 10 [V].
    "the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018 govern how personal information is used, including on social media;",
    "the Human Rights Act 1998 protects the right to respect for private and family life (Article 8) and to freedom of expression (Article 10);",
]
# D "Every nation": a false or personal profile, or a friend or follow request, can make someone a
# CHIS [V]. Said where checks are allowed; a charity that allows none says that no one looks.
CHIS = "Any of these can make you, or the person looking for you, a covert human intelligence source, which needs an authorisation that you do not have."


@pytest.mark.parametrize("name", ALL)
def test_every_staff_policy_states_the_uk_wide_law(staff_policy, name):
    text = staff_policy(name)
    for sentence in EVERY_NATION:
        assert sentence in text, sentence
    assert (CHIS in text) == (name != CLYDEVIEW)
    # Never a repealed law or a closed body as current (D "Every nation").
    for gone in ("Data Protection Act 1998", "EU GDPR", "General Social Care Council", "Care Council for Wales", "UKCCIS", "Office of Surveillance Commissioners"):
        assert gone not in text, gone


@pytest.mark.parametrize("name", ALL)
def test_no_staff_policy_states_an_unverified_deadline_or_cover(staff_policy, name):
    text = staff_policy(name)
    # The UK GDPR's 72-hour deadline is not in DOMAIN: the data protection officer reports in time.
    assert "72 hours" not in text
    assert "within the time the law allows. So you do not need to contact the Information Commissioner's Office yourself." in text
    # Whistleblowing cover for agency workers, students or volunteers is not in DOMAIN (F 2.3, 5.3).
    assert "including an agency worker" not in text
    assert "If you are an employee or a worker, the Public Interest Disclosure" in text
    # Social Work England's "Communicating online" was a draft [unverified whether issued] (D England).
    assert "Communicating online" not in text


# ------------------------------------------------------------------ by nation

BY_NATION = {
    NORTHSHIRE: [
        # D England: Equality Act 2010 [V]; public sector equality duty and an equality impact assessment [V].
        "the Equality Act 2010 applies online as well as offline, including its rules against discrimination, harassment and victimisation;",
        "To meet the public sector equality duty, we assess the effect of this policy on equality before it is approved and at each review, through an equality impact assessment.",
        # D England: Social Work England standard 5.6 [V]; students not registered [V].
        "you must meet Social Work England's professional standards (see in particular standard 5.6, on the use of technology and social media).",
        "Social work students are not registered with Social Work England.",
        # F 2.1: Care Act 2014 s42 [V]; Working Together [S], worded as what our procedures follow.
        "In England, the local authority must make enquiries under section 42 of the Care Act 2014 when it has reasonable cause to suspect that an adult in its area is at risk.",
        "Our procedures follow the statutory guidance Working Together to Safeguard Children and the child protection procedures of the local safeguarding children partnership.",
        # D England and F 2.7: RIPA, magistrate approval (PoFA 2012 s38) [V], custody threshold (SI 2012/1500) [V].
        "a magistrate must then approve the authorisation before it takes effect.",
        "Even then, it is allowed only to prevent or detect a crime that carries at least six months in prison, or one of a few listed offences such as selling alcohol or tobacco to children.",
        "as the Home Office Covert Surveillance and Property Interference Code of Practice explains.",
        # D England: offences and defamation [V].
        "the Protection from Harassment Act 1997; - the Malicious Communications Act 1988; - section 127 of the Communications Act 2003; - the false and threatening communications offences in Part 10 of the Online Safety Act 2023;",
        "Posts that unfairly damage someone's reputation can also lead to a claim under the Defamation Act 2013.",
        # F 2.4: FOI Act s3(2)(b) and s84, and the s46 code [V].
        "Work information on your own device is still information we hold under the Freedom of Information Act 2000.",
        "in line with the records management code of practice under section 46 of that Act.",
        # F 2.3: Acas Code [V*]; s10 ERA 1999 [S], so the employer's procedure says who may go with you.
        "which follows the Acas Code of Practice on Disciplinary and Grievance Procedures.",
        "Our Disciplinary Procedure sets out your right to be accompanied at a disciplinary hearing, under section 10 of the Employment Relations Act 1999, and who can go with you.",
        "the Public Interest Disclosure Act 1998 protects you",
    ],
    CERI_VALE: [
        "the Equality Act 2010 applies online as well as offline",
        # D Wales: the new Social Care Wales codes, worker and employer (from 1 July 2026) [V]; students registered [V].
        "you must meet Social Care Wales's Code of Professional Practice for Social Care Workers.",
        "The Council follows Social Care Wales's Code of Practice for Social Care Employers.",
        "Social workers must be registered with Social Care Wales, and social work students are registered with it too.",
        # F 4.1: SSWBA 2014 s126 [V].
        "In Wales, the local authority must make enquiries under section 126 of the Social Services and Well-being (Wales) Act 2014 when it has reasonable cause to suspect that an adult is at risk.",
        # D Wales: Welsh councils follow the English RIPA rules [V] (F 4.6).
        "a magistrate must then approve the authorisation before it takes effect.",
        # D Wales: Welsh Language Standards under the 2011 Measure [V], served on this council (its answer).
        "The Council has been served Welsh Language Standards under the Welsh Language (Wales) Measure 2011.",
        "Posts that unfairly damage someone's reputation can also lead to a claim under the Defamation Act 2013.",
        "Our Disciplinary Policy sets out your right to be accompanied at a disciplinary hearing, under section 10 of the Employment Relations Act 1999, and who can go with you.",
    ],
    STRATHMORE: [
        "the Equality Act 2010 applies online as well as offline",
        # D Scotland: SSSC codes; the employers' code binds the employer [V]; students registered [V].
        "you must meet the SSSC Codes of Practice for Social Service Workers and Employers.",
        "The Council follows the code for employers in the SSSC Codes of Practice for Social Service Workers and Employers.",
        "and the SSSC's social media guidance for social service workers",
        # F 3.1: ASP(S)A 2007 s3, all three parts, aged 16 or over [V].
        "people aged 16 or over who meet all three parts of the test in section 3 of the Adult Support and Protection (Scotland) Act 2007.",
        # D Scotland: RIP(S)A and the Scottish Government code, never RIPA or a magistrate [V].
        "as the Scottish Government's code of practice on covert surveillance explains.",
        "Repeated or systematic viewing can be directed surveillance under the Regulation of Investigatory Powers (Scotland) Act 2000 (RIP(S)A), even when the profile is public.",
        # D Scotland: offences and defamation [V].
        "the Protection from Harassment Act 1997 (section 8, non-harassment orders);",
        "sections 38 and 39 of the Criminal Justice and Licensing (Scotland) Act 2010 (threatening or abusive behaviour, and stalking);",
        "the Hate Crime and Public Order (Scotland) Act 2021;",
        "Posts that unfairly damage someone's reputation can also lead to a claim under the Defamation and Malicious Publication (Scotland) Act 2021.",
        # F 3.4: FOISA 2002 [V]; the records plan is the council's own (PRSA 2011 s1 [V]).
        "are information we hold under the Freedom of Information (Scotland) Act 2002.",
        "Our Disciplinary Procedure sets out your right to be accompanied at a disciplinary hearing, under section 10 of the Employment Relations Act 1999, and who can go with you.",
    ],
    MOURNE_GLENS: [
        # D Northern Ireland: its own equality Orders and the section 75 duty and screening [V].
        "Northern Ireland's equality law (such as the Fair Employment and Treatment (Northern Ireland) Order 1998 and the Race Relations (Northern Ireland) Order 1997) applies online as well as offline",
        "To meet the equality duty in section 75 of the Northern Ireland Act 1998, we assess the effect of this policy on equality before it is approved and at each review, through equality screening under section 75.",
        # D Northern Ireland: NISCC and its students' standards [V].
        "you must meet the NISCC Standards of Conduct and Practice for Social Workers, or, as a social care worker, the NISCC Standards of Conduct and Practice for Social Care Workers.",
        "so you must also follow the NISCC Standards of Conduct for Social Work Students.",
        # F 5.1: Co-operating to Safeguard [V]; SBNI [V]; no adult protection Act in force (the Bill at Committee, Feb 2026) [V].
        "Our procedures follow Co-operating to Safeguard Children and Young People in Northern Ireland and the child protection procedures of the Safeguarding Board for Northern Ireland (SBNI).",
        "as no adult protection Act is yet in force.",
        "contact the Regional Emergency Social Work Service on 028 9504 9999.",
        # D: whether an HSC trust can authorise surveillance is [unverified], so no power is claimed.
        "This policy gives no one at the Trust a way to authorise surveillance.",
        # D Northern Ireland: Online Safety Act Part 10 extends to NI; Defamation Act (NI) 2022 [V].
        "the false and threatening communications offences in Part 10 of the Online Safety Act 2023;",
        "Posts that unfairly damage someone's reputation can also lead to a claim under the Defamation Act (Northern Ireland) 2022.",
        # F 5.3: LRA Code, statutory procedures kept, Article 12 and its companions, PID (NI) Order [V].
        "which follows the Labour Relations Agency Code of Practice on Disciplinary and Grievance Procedures.",
        "It also follows the statutory dismissal and disciplinary procedures that apply in Northern Ireland.",
        "You have the right to be accompanied at a disciplinary hearing, under Article 12 of the Employment Relations (Northern Ireland) Order 1999. Your companion can be a colleague, an official employed by a trade union, or a union representative whom the union has certified as trained for the role.",
        "the Public Interest Disclosure (Northern Ireland) Order 1998 protects you",
    ],
    CLYDEVIEW: [
        "the Equality Act 2010 applies online as well as offline",
        # D Scotland: the employers' code binds a charity that employs social service workers too [V].
        "Clydeview follows the code for employers in the SSSC Codes of Practice for Social Service Workers and Employers.",
        # D Scotland: OSCR regulates Scottish charities [V].
        "and the Scottish Charity Regulator (OSCR) takes concerns about how a charity is run.",
        # D "Every nation": a charity has no authorisation route, so nothing covert is ever done [V].
        "Clydeview has no power to authorise surveillance.",
        "Posts that unfairly damage someone's reputation can also lead to a claim under the Defamation and Malicious Publication (Scotland) Act 2021.",
    ],
}


@pytest.mark.parametrize("name", ALL)
def test_each_staff_policy_states_its_nations_and_employers_law(staff_policy, name):
    text = staff_policy(name)
    for sentence in BY_NATION[name]:
        assert sentence in text, f"{name}: {sentence}"


# term -> the examples whose staff policy may use it (every other one must not).
ONLY_IN = {
    # England and Wales only: not Scots or (for the 2013 Act) Northern Ireland law (D).
    "Malicious Communications Act 1988": {NORTHSHIRE, CERI_VALE},
    "Defamation Act 2013": {NORTHSHIRE, CERI_VALE},
    "Online Safety Act 2023": {NORTHSHIRE, CERI_VALE, MOURNE_GLENS},
    "Equality Act 2010": {NORTHSHIRE, CERI_VALE, STRATHMORE, CLYDEVIEW},
    "public sector equality duty": {NORTHSHIRE, CERI_VALE, STRATHMORE},  # public bodies only, never NI or a charity
    "section 75": {MOURNE_GLENS},
    "Regulation of Investigatory Powers Act 2000": {NORTHSHIRE, CERI_VALE},  # a council; never the HSC trust or Scotland
    "magistrate": {NORTHSHIRE, CERI_VALE},
    "RIP(S)A": {STRATHMORE},
    "Freedom of Information Act 2000": {NORTHSHIRE, CERI_VALE, MOURNE_GLENS},
    "Freedom of Information (Scotland) Act 2002": {STRATHMORE},  # not the charity
    "public task": {NORTHSHIRE, CERI_VALE, STRATHMORE, MOURNE_GLENS},
    "Acas Code": {NORTHSHIRE, CERI_VALE, STRATHMORE, CLYDEVIEW},
    "Labour Relations Agency": {MOURNE_GLENS},
    "Welsh Language Standards": {CERI_VALE},
    "OSCR": {CLYDEVIEW},
    # Northern Ireland's harassment and malicious communications Orders are [unverified] (D).
    "Protection from Harassment (Northern Ireland) Order": set(),
    "Malicious Communications (Northern Ireland) Order": set(),
}


@pytest.mark.parametrize("term", ONLY_IN)
def test_law_is_named_only_where_it_applies(staff_policy, term):
    named_in = {name for name in ALL if term in staff_policy(name)}
    assert named_in == ONLY_IN[term], term


def test_scottish_councils_surveillance_needs_no_magistrate_and_no_home_office_code(staff_policy):
    # D Scotland: never RIPA 2000, the Home Office code, magistrate approval or PoFA as Scotland's law.
    for name in (STRATHMORE, CLYDEVIEW):
        text = staff_policy(name)
        assert not re.search(r"Home Office|Protection of Freedoms|magistrate|Investigatory Powers Act 2000", text), name


# F 2.4 and 3.4 [V]: official business on a personal channel is held by the authority and belongs
# on its systems. A public body says so where staff keep to work devices (boundaries.separate) or
# where they use their own (personal-use.own-devices); a charity is not under freedom of
# information law, so it says neither.
PERSONAL_CHANNEL = "A work message that reaches a personal account or phone is still information we hold under {law}. Copy it into our systems, then delete it from your account or phone."
OWN_DEVICE = "Work information on your own device is still information we hold under {law}. If a work message reaches your device any other way, copy it into our systems and then delete it from the device."


@pytest.mark.parametrize(
    ("name", "law", "said_in"),
    [
        (NORTHSHIRE, "the Freedom of Information Act 2000", OWN_DEVICE),
        (CERI_VALE, "the Freedom of Information Act 2000", PERSONAL_CHANNEL),
        (STRATHMORE, "the Freedom of Information (Scotland) Act 2002", PERSONAL_CHANNEL),
        (MOURNE_GLENS, "the Freedom of Information Act 2000", PERSONAL_CHANNEL),
        (CLYDEVIEW, None, None),
    ],
)
def test_a_public_body_says_work_messages_in_personal_channels_are_its_information(staff_policy, name, law, said_in):
    text = staff_policy(name)
    if said_in is None:
        assert "information we hold under" not in text
        return
    assert said_in.format(law=law) in text
    other = OWN_DEVICE if said_in == PERSONAL_CHANNEL else PERSONAL_CHANNEL
    assert other.format(law=law) not in text  # said once, where it fits
