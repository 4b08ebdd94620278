"""Which documents a packet holds, and what goes into their boxes."""

from __future__ import annotations

import dataclasses

import pytest

from clinic_app.core.documents.details import FilingDetails, Party
from clinic_app.core.documents.packet import NothingToFile, PacketPlan, plan_packet
from clinic_app.core.model import Client, Language
from clinic_app.core.rules.engine import Evaluation
from tests.core.documents.conftest import DETAILS, SETTINGS, TODAY, approve_all

FILINGS = [
    "cr180_petition_for_dismissal.docx",  # LA-1: 1203.4 and 17(b)
    "cr181_order_for_dismissal.docx",
    "mc031_declaration.docx",  # 17(b) is discretionary
    "proof_of_service.docx",
    "cr180_petition_for_dismissal.docx",  # LA-2: 1203.4a
    "cr181_order_for_dismissal.docx",
    "mc031_declaration.docx",
    "proof_of_service.docx",
    "cr400_prop64_petition.docx",  # LA-2: Prop 64
    "cr403_prop64_order.docx",
    "cr401_prop64_proof_of_service.docx",
    "cr180_petition_for_dismissal.docx",  # LA-3: 1203.4 and 17(b)
    "cr181_order_for_dismissal.docx",
    "mc031_declaration.docx",
    "proof_of_service.docx",
    "prop47_petition.docx",  # LA-3: Prop 47 (its declaration is the one above)
    "prop47_order.docx",
    "proof_of_service.docx",
    "cr180_petition_for_dismissal.docx",  # LA-4: 1203.41 after state prison
    "cr181_order_for_dismissal.docx",
    "mc031_declaration.docx",
    "proof_of_service.docx",
    "cr180_petition_for_dismissal.docx",  # LA-5: 1203.41 split sentence
    "cr181_order_for_dismissal.docx",
    "mc031_declaration.docx",
    "proof_of_service.docx",
    "cr409_petition_to_seal_arrest.docx",  # the arrest
    "cr410_order_to_seal_arrest.docx",
    "proof_of_service.docx",
    "client_letter_es.docx",
    "handout_es.docx",
]


def plan(
    client: Client,
    evaluation: Evaluation,
    *,
    draft: bool,
    reviews=None,
    details: FilingDetails = DETAILS,
) -> PacketPlan:
    return plan_packet(
        client, evaluation, reviews or {}, SETTINGS, details, today=TODAY, draft=draft
    )


def contexts_of(packet: PacketPlan, template: str) -> list[dict]:
    return [d.context for d in packet.documents if d.template == template]


def test_no_filing_packet_before_an_attorney_approves(client, evaluation) -> None:
    with pytest.raises(NothingToFile):
        plan(client, evaluation, draft=False)


def test_a_draft_holds_what_would_be_filed(client, evaluation) -> None:
    packet = plan(client, evaluation, draft=True)
    assert packet.draft
    assert [d.template for d in packet.documents] == FILINGS


def test_approved_decisions_make_the_same_packet_not_a_draft(client, evaluation) -> None:
    reviews = approve_all(client, evaluation.decisions)
    packet = plan(client, evaluation, draft=False, reviews=reviews)
    assert not packet.draft
    assert [d.template for d in packet.documents] == FILINGS


def test_only_approved_decisions_are_filed(client, evaluation) -> None:
    only_prop64 = [d for d in evaluation.decisions if d.remedy.value.startswith("hs11361_8")]
    packet = plan(client, evaluation, draft=False, reviews=approve_all(client, tuple(only_prop64)))
    assert [d.template for d in packet.documents] == [
        "cr400_prop64_petition.docx",
        "cr403_prop64_order.docx",
        "cr401_prop64_proof_of_service.docx",
        "client_letter_es.docx",
        "handout_es.docx",
    ]


def test_file_names_are_numbered_unique_and_safe(client, evaluation) -> None:
    names = [d.file_name for d in plan(client, evaluation, draft=True).documents]
    assert len(set(names)) == len(names)
    assert names[0] == "01 CR-180 Petition for Dismissal LA-1.docx"
    assert all(not set(name) & set('\\/:*?"<>|') for name in names)


def test_cr180_lists_every_count_and_continues_after_five(client, evaluation) -> None:
    first = contexts_of(plan(client, evaluation, draft=True), "cr180_petition_for_dismissal.docx")[
        0
    ]
    assert [c["section"] for c in first["case"]["counts"]] == [
        "496(a)",
        "484(a)",
        "602",
        "647(f)",
        "594(a)",
    ]
    assert [c["section"] for c in first["case"]["overflow_counts"]] == ["12500(a)"]
    assert first["case"]["counts"][0] == {
        "code_family": "PC",
        "section": "496(a)",
        "level": "felony",
        "reduce_17b": "yes",
        "reduce_17d2": "",
    }
    assert first["case"]["counts"][1]["reduce_17b"] == ""
    assert first["case"]["conviction_date"] == "03/01/2013"
    assert (first["item2"], first["item2a"], first["item2b"], first["item2c"]) == (
        True,
        True,
        False,
        False,
    )
    assert not first["item3"] and not first["item5"] and not first["item6"]


def test_cr180_items_follow_each_sentence(client, evaluation) -> None:
    cr180s = contexts_of(plan(client, evaluation, draft=True), "cr180_petition_for_dismissal.docx")
    misdemeanor, state_prison, split = cr180s[1], cr180s[3], cr180s[4]
    assert misdemeanor["item3"] and misdemeanor["item3b"] and not misdemeanor["item3a"]
    assert state_prison["item5_state_prison"] and not state_prison["item5"]
    assert split["item5"] and split["item5a"] and not split["item5b"]


def test_a_17b_row_says_no_for_a_felony_not_chosen(client, evaluation) -> None:
    without_17b = tuple(d for d in evaluation.decisions if d.remedy.value != "pc17b")
    packet = plan(client, evaluation, draft=False, reviews=approve_all(client, without_17b))
    first = contexts_of(packet, "cr180_petition_for_dismissal.docx")[0]
    assert first["case"]["counts"][0]["reduce_17b"] == "no"


def test_cr400_takes_the_application_route_for_a_completed_sentence(client, evaluation) -> None:
    cr400 = contexts_of(plan(client, evaluation, draft=True), "cr400_prop64_petition.docx")[0]
    assert cr400["route_f"] and cr400["application"]
    assert not cr400["route_b"] and not cr400["petition"]
    assert cr400["s11357"] and not cr400["s11359"]
    # the waivers give up rights: ticked only when the client chooses them
    assert not cr400["waive_original_judge"] and not cr400["waive_appearance"]


def test_prop47_asks_for_reduction_and_flags_the_late_filing(client, evaluation) -> None:
    prop47 = contexts_of(plan(client, evaluation, draft=True), "prop47_petition.docx")[0]
    assert prop47["reduction"] and not prop47["resentencing"]
    assert prop47["late_filing"]
    assert prop47["code_sections"] == "PC 459"
    assert prop47["sentence_imposed"] == "probation, 30 days county jail"


def test_arrest_sealing_names_the_court_of_the_arrest_county(client, evaluation) -> None:
    cr409 = contexts_of(plan(client, evaluation, draft=True), "cr409_petition_to_seal_arrest.docx")[
        0
    ]
    assert cr409["court"]["name"] == "SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO"
    assert cr409["arrest"]["outcome"] == "no_charges"
    assert cr409["arrest"]["agency"] == "Fresno Police Department"
    assert cr409["basis_right"] and not cr409["basis_justice"]
    service = contexts_of(plan(client, evaluation, draft=True), "proof_of_service.docx")[-1]
    assert [p["name"] for p in service["served"]] == [
        "Office of the District Attorney, County of Fresno",
        "Fresno Police Department",
    ]


def test_each_case_is_served_on_the_district_attorney_of_its_county(client, evaluation) -> None:
    proofs = [
        d.context for d in plan(client, evaluation, draft=True).documents if "served" in d.context
    ]
    assert len({proof["court"]["name"] for proof in proofs}) > 1  # cases in several counties
    for proof in proofs:
        county = proof["court"]["name"].removeprefix("SUPERIOR COURT OF CALIFORNIA, COUNTY OF ")
        district_attorney = proof["served"][0]["name"]
        assert district_attorney.upper() == f"OFFICE OF THE DISTRICT ATTORNEY, COUNTY OF {county}"
    typed = Party(name="Fresno County DA", street="1 A St")
    named = plan(
        client, evaluation, draft=True, details=DETAILS.model_copy(update={"prosecutor": typed})
    )
    assert {d.context["served"][0]["name"] for d in named.documents if "served" in d.context} == {
        "Fresno County DA"
    }


def test_the_attorney_files_for_the_client_or_the_client_in_pro_per(client, evaluation) -> None:
    cr180 = contexts_of(plan(client, evaluation, draft=True), "cr180_petition_for_dismissal.docx")[
        0
    ]
    assert cr180["filer"]["bar_number"] == "123456"
    assert cr180["filer"]["firm"] == "Clínica Legal del Valle & Asociados"
    assert cr180["filer"]["attorney_for"] == "Petitioner Marisol O'Brien-Núñez & <Hijos>"
    pro_per = plan(client, evaluation, draft=True, details=FilingDetails())
    own = contexts_of(pro_per, "cr180_petition_for_dismissal.docx")[0]["filer"]
    assert own["name"] == "Marisol O'Brien-Núñez & <Hijos>"
    assert (own["bar_number"], own["attorney_for"]) == ("", "In pro per")
    assert (own["street"], own["city_state_zip"]) == ("12 Elm St <rear>", "Fresno, CA 93701")


def test_the_letter_is_in_the_clients_language_one_line_per_case(client, evaluation) -> None:
    letter = contexts_of(plan(client, evaluation, draft=True), "client_letter_es.docx")[0]
    assert letter["today"] == "25 de noviembre de 2026"
    lines = [(f["case_number"], f["remedy"]) for f in letter["filings"]]
    assert len(lines) == len(set(lines))
    assert (
        "LA-1",
        "Anular una condena después de la libertad condicional (Código Penal 1203.4)",
    ) in lines
    assert {a["case_number"] for a in letter["automatic"]} == {
        "LA-1",
        "LA-2",
        "LA-3",
        "",
    }
    english = client.model_copy(update={"preferred_language": Language.ENGLISH})
    letter_en = contexts_of(plan(english, evaluation, draft=True), "client_letter_en.docx")[0]
    assert letter_en["today"] == "November 25, 2026"


def test_the_handout_shows_the_sections_that_apply(client, evaluation) -> None:
    handout = contexts_of(plan(client, evaluation, draft=True), "handout_es.docx")[0]
    assert handout["has_dismissal"] and handout["has_prop64"] and handout["has_prop47"]
    assert handout["has_sealing"] and handout["has_reduction"]
    assert handout["has_vehicle_code"]  # VC 12500(a) in LA-1
    assert not handout["has_registration"]


def test_a_packet_plan_is_frozen(client, evaluation) -> None:
    packet = plan(client, evaluation, draft=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        packet.draft = False  # type: ignore[misc]
