"""Client handouts "What this does and does not do", in English and Spanish.

Every legal statement comes from shared/domain/remedies.md (each remedy's "Effect and limits"
and "Plain English"), reworded for a client; nothing here goes beyond it. A remedy's section is
printed only when its flag is true (`{%p if has_dismissal %}`); the immigration and firearms
cautions are always printed. Both languages share one layout (`build_handout`), so they cannot
drift apart in structure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from docx.document import Document
from docx.shared import Pt, RGBColor

from forms.builders.letters import add_bullets, add_control, add_paragraph, new_plain_document

HANDOUT_FONT = "Arial"
HANDOUT_SIZE = Pt(11)
TITLE_SIZE = Pt(22)
HEADING_SIZE = Pt(14)
HEADING_COLOUR = RGBColor(0x1F, 0x3A, 0x5F)  # dark blue: prints as near-black in greyscale


@dataclass(frozen=True)
class Block:
    """A labelled list of bullets ("What it does"); an empty label prints the bullets alone."""

    label: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]
    flag: str = ""  # the boolean that shows it; "" = always shown


@dataclass(frozen=True)
class HandoutText:
    page_word: str
    of_word: str
    title: str
    prepared_for: str
    intro: str
    sections: tuple[Section, ...]
    questions: str


def _remedy(
    flag: str,
    heading: str,
    does: tuple[str, ...],
    does_not: tuple[str, ...],
    labels: tuple[str, str],
) -> Section:
    """A remedy's section: what it does, then what it does not do."""
    return Section(heading, (Block(labels[0], does), Block(labels[1], does_not)), flag)


def _caution(heading: str, bullets: tuple[str, ...], flag: str = "") -> Section:
    return Section(heading, (Block("", bullets),), flag)


EN_LABELS = ("What it does", "What it does not do")
ES_LABELS = ("Lo que hace", "Lo que no hace")

ENGLISH = HandoutText(
    page_word="Page",
    of_word="of",
    title="What this does and does not do",
    prepared_for="Prepared for {{ client.name }}",
    intro=(
        "This sheet explains in plain words what the court papers we prepared for you can "
        "change, and what they cannot. It only includes the parts that apply to you."
    ),
    sections=(
        _remedy(
            "has_dismissal",
            "Dismissal of a conviction (Penal Code 1203.4, 1203.4a, 1203.41, 1203.42)",
            (
                "If the judge grants it, your guilty plea (or the verdict) is set aside and the "
                "case is dismissed.",
                "The law releases you from the penalties and limits that came from the "
                "conviction, with the exceptions below.",
                "It helps with most job applications.",
            ),
            (
                "You must still tell the truth about the conviction if an application asks you "
                "directly and the application is for: public office; a license from a state or "
                "local agency; a contract with the California State Lottery; or a job as a "
                "police officer.",
                "If you are charged with a new crime later, the old conviction can still be used "
                "against you as a \u201cprior\u201d (for example, to make a sentence longer).",
                "It does not give back the right to own or have a gun.",
                "It does not let you hold a public office that the conviction bars you from.",
            ),
            EN_LABELS,
        ),
        _remedy(
            "has_prop64",
            "Marijuana (cannabis) conviction: Proposition 64 (Health and Safety Code 11361.8)",
            (
                "If what you did is legal today, the court dismisses the conviction and seals it "
                "(closes the record).",
                "If it is still a crime today but a smaller one, the court reduces it for all "
                "purposes: a felony becomes a misdemeanor, or a misdemeanor becomes an "
                "infraction.",
                "Many of these cases were reviewed automatically, and the law required the "
                "state Department of Justice to update its records. We will check that your "
                "record shows the change.",
            ),
            (
                "Marijuana is still illegal under federal (national) law, so federal agencies, "
                "including immigration, may still treat it as a conviction.",
                "A reduced conviction still counts as a conviction, only a lower one.",
            ),
            EN_LABELS,
        ),
        _remedy(
            "has_prop47",
            "Felony changed to a misdemeanor: Proposition 47 (Penal Code 1170.18)",
            (
                "The felony becomes a misdemeanor for all purposes.",
                "After that, we may be able to ask the court to dismiss the misdemeanor too.",
            ),
            (
                "It does not let you own or have a gun (Penal Code 1170.18(k)).",
                "It can still count as a prior conviction if you are charged later with certain "
                "new theft or drug crimes (Proposition 36, 2024).",
            ),
            EN_LABELS,
        ),
        _remedy(
            "has_sealing",
            "Sealing an arrest (Penal Code 851.91)",
            (
                "The arrest is treated as if it never happened. You may answer questions about "
                "it as if it did not happen, except as listed below.",
            ),
            (
                "If you apply for a job as a police officer, you must still tell about the "
                "arrest if you are asked directly.",
                "It can still be used in a later criminal case.",
                "It does not change any ban on having a gun.",
                "It does not change any ban on holding public office.",
            ),
            EN_LABELS,
        ),
        _remedy(
            "has_reduction",
            "Felony reduced to a misdemeanor: Penal Code 17(b)",
            (
                "The felony becomes a misdemeanor for all purposes. For example, it is no longer "
                "a felony when a job application asks about felonies, or for jury service.",
            ),
            (
                "It is not a dismissal. The usual next step is to ask for a dismissal as well.",
                "It may still count as a \u201cstrike\u201d (a conviction that makes later "
                "sentences longer) in a later case. Ask a lawyer.",
                "Some crimes carry their own gun ban even as misdemeanors. Ask a lawyer before "
                "you have a gun.",
            ),
            EN_LABELS,
        ),
        _caution(
            "Driving convictions and the DMV (Vehicle Code 13555)",
            (
                "A dismissal does not cancel a DMV suspension or revocation of your driver's "
                "license.",
                "The conviction still counts as a prior for DMV actions on your license, and in "
                "a later DUI (driving under the influence) case.",
            ),
            "has_vehicle_code",
        ),
        _caution(
            "Sex-offender registration (Penal Code 290.007)",
            (
                "A dismissal (Penal Code 290.007) or a reduction (Penal Code 17(e)) does not end "
                "the duty to register as a sex offender. Keep registering as the law requires.",
            ),
            "has_registration",
        ),
        _caution(
            "If you are not a U.S. citizen",
            (
                "A California dismissal, reduction or sealing may not remove immigration "
                "consequences. Federal immigration law may still treat it as a conviction.",
                "Talk to an immigration attorney before you travel outside the United States or "
                "apply for anything with immigration (for example, a green card or "
                "citizenship).",
                "A different motion (Penal Code 1473.7) may help in some cases, for example if "
                "no one explained the immigration consequences before you pleaded guilty. Ask "
                "an immigration attorney.",
            ),
        ),
        _caution(
            "Guns",
            (
                "Do not buy or have a gun until a lawyer tells you that it is legal for you.",
                "A dismissal or a sealing does not give back gun rights, and other state or "
                "federal bans may still apply.",
            ),
        ),
    ),
    questions='Questions? Call {{ clinic.name or "us" }} at {{ clinic.phone or "____________" }}.',
)

SPANISH = HandoutText(
    page_word="Página",
    of_word="de",
    title="Lo que esto hace y lo que no hace",
    prepared_for="Preparado para {{ client.name }}",
    intro=(
        "En esta hoja le explicamos, con palabras sencillas, qué puede cambiar y qué no puede "
        "cambiar lo que le pedimos al tribunal para usted. Solo incluimos las partes que tienen "
        "que ver con su caso."
    ),
    sections=(
        _remedy(
            "has_dismissal",
            "Anulación de una condena (Código Penal 1203.4, 1203.4a, 1203.41, 1203.42)",
            (
                "Si el juez la concede, se deja sin efecto su declaración de culpabilidad (o el "
                "veredicto) y el caso se desestima, es decir, se cierra.",
                "La ley lo libera de las penas y limitaciones que vinieron con la condena, con "
                "las excepciones de abajo.",
                "Le ayuda con la mayoría de las solicitudes de empleo.",
            ),
            (
                "Si una solicitud le pregunta directamente, todavía tiene que decir la verdad "
                "sobre la condena cuando se trata de: un cargo público; una licencia de una "
                "agencia estatal o local; un contrato con la Lotería del Estado de California; o "
                "un trabajo de policía.",
                "Si más adelante lo acusan de un nuevo delito, la condena anterior todavía se "
                "puede usar en su contra como \u00abantecedente\u00bb (por ejemplo, para darle "
                "una pena más larga).",
                "No le devuelve el derecho a tener armas de fuego.",
                "No le permite ocupar un cargo público que la condena le prohíbe.",
            ),
            ES_LABELS,
        ),
        _remedy(
            "has_prop64",
            "Condena por marihuana (cannabis): Proposición 64 (Código de Salud y Seguridad "
            "11361.8)",
            (
                "Si lo que usted hizo es legal hoy, el tribunal anula la condena y la sella "
                "(cierra el expediente).",
                "Si todavía es delito pero uno menor, el tribunal lo reduce para todo efecto "
                "legal: un delito grave (felony) pasa a ser un delito menor (misdemeanor), o un "
                "delito menor pasa a ser una infracción.",
                "Muchos de estos casos se revisaron de forma automática, y la ley le exigió al "
                "Departamento de Justicia del estado que actualizara sus registros. Vamos a "
                "revisar que su récord muestre el cambio.",
            ),
            (
                "La marihuana sigue siendo ilegal bajo la ley federal (nacional). Por eso, las "
                "agencias federales, incluida la de inmigración, todavía podrían tratarla como "
                "una condena.",
                "Una condena reducida sigue siendo una condena, aunque de menor nivel.",
            ),
            ES_LABELS,
        ),
        _remedy(
            "has_prop47",
            "Delito grave cambiado a delito menor: Proposición 47 (Código Penal 1170.18)",
            (
                "El delito grave (felony) pasa a ser un delito menor (misdemeanor) para todo "
                "efecto legal.",
                "Después, tal vez podamos pedirle al tribunal que también anule ese delito menor.",
            ),
            (
                "No le permite tener ni poseer armas de fuego (Código Penal 1170.18(k)).",
                "Todavía puede contar como antecedente si más adelante lo acusan de ciertos "
                "delitos nuevos de robo o de drogas (Proposición 36, de 2024).",
            ),
            ES_LABELS,
        ),
        _remedy(
            "has_sealing",
            "Sellar un arresto (Código Penal 851.91)",
            (
                "El arresto se considera como si nunca hubiera ocurrido. Usted puede contestar "
                "preguntas sobre ese arresto como si no hubiera pasado, salvo en los casos de "
                "abajo.",
            ),
            (
                "Si solicita un trabajo de policía, todavía tiene que mencionar el arresto si le "
                "preguntan directamente.",
                "Todavía se puede usar en un caso penal posterior.",
                "No cambia ninguna prohibición de tener armas de fuego.",
                "No cambia ninguna prohibición de ocupar un cargo público.",
            ),
            ES_LABELS,
        ),
        _remedy(
            "has_reduction",
            "Delito grave reducido a delito menor: Código Penal 17(b)",
            (
                "El delito grave pasa a ser un delito menor para todo efecto legal. Por ejemplo, "
                "ya no cuenta como delito grave cuando una solicitud de empleo pregunta por "
                "delitos graves, ni para servir como jurado.",
            ),
            (
                "No es una anulación. Lo normal es pedir también que se anule la condena.",
                "Todavía podría contar como \u00abstrike\u00bb (una condena que hace más largas "
                "las penas futuras) en un caso posterior. Pregúntele a un abogado.",
                "Algunos delitos tienen su propia prohibición de armas aunque sean delitos "
                "menores. Pregúntele a un abogado antes de tener un arma.",
            ),
            ES_LABELS,
        ),
        _caution(
            "Condenas de tránsito y el DMV (Código Vehicular 13555)",
            (
                "Una anulación no cancela la suspensión o revocación de su licencia de manejo "
                "que haya hecho el DMV (Departamento de Vehículos Motorizados).",
                "La condena todavía cuenta como antecedente para las medidas del DMV sobre su "
                "licencia y en un caso posterior por manejar bajo los efectos del alcohol o las "
                "drogas (DUI).",
            ),
            "has_vehicle_code",
        ),
        _caution(
            "Registro como delincuente sexual (Código Penal 290.007)",
            (
                "Una anulación (Código Penal 290.007) o una reducción (Código Penal 17(e)) no "
                "termina la obligación de registrarse como delincuente sexual. Siga "
                "registrándose como lo exige la ley.",
            ),
            "has_registration",
        ),
        _caution(
            "Si usted no es ciudadano(a) de Estados Unidos",
            (
                "Una anulación, reducción o sellado en California tal vez no elimine las "
                "consecuencias migratorias. La ley federal de inmigración todavía podría "
                "tratarlo como una condena.",
                "Hable con un abogado de inmigración antes de viajar fuera de Estados Unidos o "
                "de presentar cualquier solicitud de inmigración (por ejemplo, la residencia "
                "permanente o la ciudadanía).",
                "Otro tipo de pedido al tribunal (Código Penal 1473.7) puede ayudar en algunos "
                "casos, por ejemplo si nadie le explicó las consecuencias migratorias antes de "
                "declararse culpable. Pregúntele a un abogado de inmigración.",
            ),
        ),
        _caution(
            "Armas de fuego",
            (
                "No compre ni tenga un arma de fuego hasta que un abogado le confirme que es "
                "legal en su caso.",
                "Una anulación o un sellado no le devuelven el derecho a tener armas, y otras "
                "prohibiciones estatales o federales pueden seguir vigentes.",
            ),
        ),
    ),
    questions=(
        '¿Preguntas? Llame a {{ clinic.name or "la clínica" }} al '
        '{{ clinic.phone or "____________" }}.'
    ),
)


def build_handout(text: HandoutText) -> Document:
    """Title, who it is for, then each section that applies, then who to call."""
    document = new_plain_document(HANDOUT_FONT, HANDOUT_SIZE, text.page_word, text.of_word)
    title = add_paragraph(document, text.title, bold=True, size=TITLE_SIZE)
    title.paragraph_format.space_after = Pt(2)
    _colour(title)
    add_paragraph(document, text.prepared_for, bold=True)
    add_paragraph(document, text.intro)
    for section in text.sections:
        if section.flag:
            add_control(document, f"if {section.flag}")
        _add_section(document, section)
        if section.flag:
            add_control(document, "endif")
    closing = add_paragraph(document, text.questions, bold=True, size=Pt(12))
    closing.paragraph_format.space_before = Pt(10)
    return document


def _add_section(document: Document, section: Section) -> None:
    heading = add_paragraph(document, section.heading, bold=True, size=HEADING_SIZE)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.space_after = Pt(3)
    heading.paragraph_format.keep_with_next = True
    _colour(heading)
    for block in section.blocks:
        if block.label:
            label = add_paragraph(document, block.label, bold=True)
            label.paragraph_format.space_before = Pt(4)
            label.paragraph_format.space_after = Pt(2)
            label.paragraph_format.keep_with_next = True
        add_bullets(document, block.bullets)


def _colour(paragraph: object) -> None:
    for run in paragraph.runs:  # type: ignore[attr-defined]
        run.font.color.rgb = HEADING_COLOUR


TEMPLATES: dict[str, Callable[[], Document]] = {
    "handout_en.docx": lambda: build_handout(ENGLISH),
    "handout_es.docx": lambda: build_handout(SPANISH),
}
