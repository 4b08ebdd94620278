"""The county of a court as a rap sheet names it ("CASC LOS ANGELES", "CAMC HAYWARD").

The DOJ prints an agency code (CA + SC superior court, MC municipal court, JC justice court,
JV juvenile) and a place. The place is the county ("CASC SAN DIEGO CENTRAL"), or the city of
a branch courthouse or of a former municipal court ("CAMC VAN NUYS", "CASC MCRICHMOND").
Petitions go to the county's superior court, so the place must become a county; a place
that is neither a county nor a city listed here gives None and the line is reported.
"""

from __future__ import annotations

from functools import cache

from clinic_app.core.courts import counties
from clinic_app.core.rapsheet.tolerant import as_letters

# Cities of branch courthouses and former municipal and justice courts, by county.
_CITIES: dict[str, tuple[str, ...]] = {
    "Alameda": ("OAKLAND", "BERKELEY", "HAYWARD", "FREMONT", "LIVERMORE", "PLEASANTON",
                "DUBLIN", "SAN LEANDRO"),
    "Butte": ("CHICO", "OROVILLE"),
    "Contra Costa": ("CONCORD", "RICHMOND", "WALNUT CREEK", "PITTSBURG", "MARTINEZ"),
    "Del Norte": ("CRESCENT CITY",),
    "El Dorado": ("PLACERVILLE", "SOUTH LAKE TAHOE"),
    "Fresno": ("SANGER",),
    "Humboldt": ("EUREKA",),
    "Imperial": ("EL CENTRO", "CALEXICO"),
    "Kern": ("BAKERSFIELD", "TAFT", "MOJAVE", "DELANO"),
    "Kings": ("HANFORD",),
    "Lassen": ("SUSANVILLE",),
    "Los Angeles": ("ALHAMBRA", "BEVERLY HILLS", "BURBANK", "COMPTON", "CULVER CITY",
                    "DOWNEY", "EAST LOS ANGELES", "EL MONTE", "GLENDALE", "HOLLYWOOD",
                    "INGLEWOOD", "LANCASTER", "LONG BEACH", "MALIBU", "NORWALK", "PASADENA",
                    "POMONA", "SAN FERNANDO", "SAN PEDRO", "SANTA MONICA", "TORRANCE",
                    "VAN NUYS", "WEST COVINA", "WEST LOS ANGELES", "WEST LA", "WHITTIER",
                    "CHATSWORTH", "BELLFLOWER"),
    "Marin": ("SAN RAFAEL",),
    "Mendocino": ("UKIAH", "FORT BRAGG", "WILLITS"),
    "Monterey": ("SALINAS",),
    "Nevada": ("NEVADA CITY", "TRUCKEE"),
    "Orange": ("SANTA ANA", "FULLERTON", "WESTMINSTER", "NEWPORT BEACH", "LAGUNA NIGUEL"),
    "Plumas": ("QUINCY",),
    "Riverside": ("INDIO", "BANNING", "HEMET", "MURRIETA", "PALM SPRINGS"),
    "San Benito": ("HOLLISTER",),
    "San Bernardino": ("FONTANA", "VICTORVILLE", "BARSTOW", "RANCHO CUCAMONGA",
                       "JOSHUA TREE"),
    "San Diego": ("VISTA", "CHULA VISTA", "EL CAJON", "SAN MARCOS"),
    "San Joaquin": ("STOCKTON", "LODI", "TRACY", "MANTECA"),
    "San Mateo": ("REDWOOD CITY", "SOUTH SAN FRANCISCO"),
    "Santa Barbara": ("SANTA MARIA", "LOMPOC"),
    "Santa Clara": ("SAN JOSE", "PALO ALTO", "SUNNYVALE", "GILROY", "MORGAN HILL"),
    "Santa Cruz": ("WATSONVILLE",),
    "Shasta": ("REDDING",),
    "Solano": ("FAIRFIELD", "VALLEJO"),
    "Sonoma": ("SANTA ROSA",),
    "Stanislaus": ("MODESTO", "TURLOCK"),
    "Sutter": ("YUBA CITY",),
    "Tehama": ("RED BLUFF",),
    "Tulare": ("VISALIA",),
    "Tuolumne": ("SONORA",),
    "Yolo": ("WOODLAND", "DAVIS"),
}  # fmt: skip
# Abbreviations DOJ clerks used in place names ("CASC SN JOSE", "CASC SNTA MARIA").
_ABBREVIATIONS = {"SN": "SAN", "SNTA": "SANTA"}
_MUNICIPAL = "MC"  # "CASC MCRICHMOND": a superior court in a former municipal court


def county_of(agency: str) -> str | None:
    """The county of a court agency ("CASC LOS ANGELES METRO" -> "Los Angeles"), or None."""
    # Place names hold no digits, so every digit in one is a misread letter ("L05 ANGELES").
    words = as_letters(agency.replace(".", " ").upper()).split()
    if words and len(words[0]) == 4 and words[0].startswith("CA"):
        words = words[1:]
    place = " ".join(_ABBREVIATIONS.get(word, word) for word in words)
    found = _county_at_start(place)
    if found is None and place.startswith(_MUNICIPAL):
        found = _county_at_start(place[len(_MUNICIPAL) :].lstrip())
    return found


def _county_at_start(place: str) -> str | None:
    for name, county in _places():
        if place == name or place.startswith(name + " "):
            return county
    return None


@cache
def _places() -> tuple[tuple[str, str], ...]:
    """(place, county), longest first, so SOUTH SAN FRANCISCO wins over SAN FRANCISCO."""
    places = {county.upper(): county for county in counties()}
    places.update({city: county for county, cities in _CITIES.items() for city in cities})
    return tuple(sorted(places.items(), key=lambda item: len(item[0]), reverse=True))
