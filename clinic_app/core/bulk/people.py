"""People, not rows: which rows of a county's records belong to the same person.

Relief is decided per person (a prior conviction, a registration or a pending case on one
row changes what another row can get), and a motion lists people's cases, so rows must be
grouped first. Three steps, the sure ones first:

1. **Exact keys.** The DOJ subject id names one person in the DOJ file; a CII number names
   one person across the state. Rows sharing either belong together (a union, so a court row
   with the CII of a DOJ subject joins that subject).
2. **Same written identity.** Rows with neither key, but the same name and date of birth
   once accents, case and spacing are folded ("José Núñez" = "JOSE NUNEZ"), are one person.
   A row with neither key nor date of birth stays alone: two John Smiths are not one man.
3. **Probable matches.** What remains is compared with Splink (Fellegi-Sunter record linkage
   on DuckDB): first and last names by Jaro-Winkler, the date of birth by its own
   comparison, blocked on the date of birth or the last name so that only plausible pairs
   are scored. Pairs above `MATCH_AT` are joined; pairs between `REVIEW_FROM` and
   `MATCH_AT` are not joined but listed for a person to decide, because wrongly merging two
   people could move relief (or a bar) from one to the other.

Everything stays columnar (Arrow and DuckDB); only the distinct identities, not the rows,
go through the linkage.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Final

import duckdb
import pyarrow as pa

MATCH_AT: Final = 0.9  # Splink match probability at which two identities are one person
REVIEW_FROM: Final = 0.5  # from here up to MATCH_AT a pair is shown to a person instead
_LINKAGE_MINIMUM: Final = 20  # fewer identities than this: too few to estimate, none joined

UNCERTAIN_SCHEMA: Final = pa.schema(
    [
        ("line_a", pa.int64()),
        ("name_a", pa.string()),
        ("dob_a", pa.date32()),
        ("line_b", pa.int64()),
        ("name_b", pa.string()),
        ("dob_b", pa.date32()),
        ("probability", pa.float64()),
    ]
)


@dataclass(frozen=True)
class People:
    """`person` gives each input row (in input order) its person's number, 0 to count - 1.
    `uncertain` lists pairs a person should look at: one example line of each side."""

    person: pa.Array
    count: int
    uncertain: pa.Table


def group_people(rows: pa.Table) -> People:
    """Group the canonical rows of `rows` (bulk/schema.py) into people."""
    con = duckdb.connect()
    con.register("input_rows", rows)
    con.execute(
        """
        CREATE TEMP TABLE r AS
        SELECT row_number() OVER () - 1 AS row_index, line,
               nullif(trim(person_ref), '') AS person_ref, nullif(trim(cii), '') AS cii,
               regexp_replace(strip_accents(upper(coalesce(last_name, ''))), '[^A-Z]', '', 'g')
                   AS last_key,
               trim(regexp_replace(regexp_replace(strip_accents(upper(coalesce(first_name, ''))),
                   '[^A-Z ]', '', 'g'), ' +', ' ', 'g')) AS first_key,
               dob,
               trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) AS shown_name
        FROM input_rows
        """
    )
    # One node per distinct identity: a key where there is one, else the folded name + dob.
    con.execute(
        """
        CREATE TEMP TABLE r_node AS
        SELECT row_index, line, shown_name, dob, first_key, last_key, person_ref, cii,
               coalesce('ref:' || person_ref, 'cii:' || cii,
                        'id:' || last_key || '|' || split_part(first_key, ' ', 1) || '|'
                        || CAST(dob AS VARCHAR),
                        -- no key and no date of birth: a name alone is no one in particular
                        'row:' || CAST(row_index AS VARCHAR)) AS node
        FROM r
        """
    )
    links = _key_links(con) + _probable_links(con)
    nodes = [n for (n,) in con.execute("SELECT DISTINCT node FROM r_node ORDER BY node").fetchall()]
    number = _components(nodes, [(a, b) for a, b, chance in links if chance >= MATCH_AT])
    con.register(
        "node_person",
        pa.table({"node": list(number), "person": list(number.values())}),
    )
    person = con.sql(
        "SELECT p.person FROM r_node n JOIN node_person p USING (node) ORDER BY n.row_index"
    ).to_arrow_table()["person"]
    uncertain = _uncertain(con, [link for link in links if REVIEW_FROM <= link[2] < MATCH_AT])
    return People(person.combine_chunks(), len(set(number.values())), uncertain)


def _key_links(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, float]]:
    """Rows that share a subject id or a CII are one person: each node is linked to the
    first node of every key it carries (two equality groupings, not an OR join, which
    DuckDB can only run as a loop over every pair of rows)."""
    pairs = con.execute(
        """
        WITH keyed AS (
            SELECT 'ref:' || person_ref AS key, node FROM r_node WHERE person_ref IS NOT NULL
            UNION
            SELECT 'cii:' || cii, node FROM r_node WHERE cii IS NOT NULL
        )
        SELECT DISTINCT first_value(node) OVER (PARTITION BY key ORDER BY node), node
        FROM keyed
        """
    ).fetchall()
    return [(a, b, 1.0) for a, b in pairs if a != b]


def _probable_links(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, float]]:
    """Splink over the distinct written identities; [] when there are too few to learn."""
    identities = con.sql(
        """
        SELECT node AS unique_id, any_value(first_key) AS first_name,
               any_value(last_key) AS last_name, any_value(dob) AS dob
        FROM r_node WHERE last_key <> '' AND dob IS NOT NULL GROUP BY node
        """
    ).to_arrow_table()
    if identities.num_rows < _LINKAGE_MINIMUM:
        return []
    # Imported here: Splink is a large library only bulk review needs.
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("first_name", [0.92, 0.8]),
            cl.JaroWinklerAtThresholds("last_name", [0.92, 0.8]),
            cl.DateOfBirthComparison("dob", input_is_string=False),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("dob"),
            block_on("last_name", "first_name"),
        ],
        # The identities are already distinct, so none agrees on everything to count from:
        # assume each has about one other spelling among them.
        probability_two_random_records_match=1 / identities.num_rows,
        retain_matching_columns=False,
    )
    api = DuckDBAPI()
    # Splink narrates every step on stderr, and warns that m keeps its defaults (chosen,
    # see below) and that small files leave some u levels untrained: errors only.
    linker = Linker(api.register(identities), settings, log_level=logging.ERROR)
    # u (how often strangers agree) is learnt from random pairs; m (how often one person's
    # records disagree) keeps Splink's defaults: expectation maximisation did not converge
    # on records where most people have one identity, and a hand-set m is auditable.
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    predictions = linker.inference.predict(threshold_match_probability=REVIEW_FROM)
    found = predictions.as_record_list()  # only pairs above REVIEW_FROM: few
    return [
        (str(pair["unique_id_l"]), str(pair["unique_id_r"]), float(pair["match_probability"]))
        for pair in found
    ]


def _components(nodes: list[str], links: list[tuple[str, str]]) -> dict[str, int]:
    """Connected components (union-find), numbered in the order of `nodes`."""
    parent = {node: node for node in nodes}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in links:
        first, second = root(a), root(b)
        if first != second:
            parent[max(first, second)] = min(first, second)
    numbers: dict[str, int] = {}
    return {node: numbers.setdefault(root(node), len(numbers)) for node in nodes}


def _uncertain(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, str, float]]) -> pa.Table:
    """One example row of each side of each uncertain pair, for a person to judge."""
    if not pairs:
        return UNCERTAIN_SCHEMA.empty_table()
    con.register(
        "pairs",
        pa.table(
            {
                "a": [a for a, _, _ in pairs],
                "b": [b for _, b, _ in pairs],
                "probability": [p for _, _, p in pairs],
            }
        ),
    )
    return (
        con.sql(
            """
        WITH first_row AS (
            SELECT node, min(line) AS line, any_value(shown_name) AS name, any_value(dob) AS dob
            FROM r_node GROUP BY node
        )
        SELECT fa.line AS line_a, fa.name AS name_a, fa.dob AS dob_a,
               fb.line AS line_b, fb.name AS name_b, fb.dob AS dob_b, p.probability
        FROM pairs p JOIN first_row fa ON fa.node = p.a JOIN first_row fb ON fb.node = p.b
        ORDER BY p.probability DESC, line_a
        """
        )
        .to_arrow_table()
        .cast(UNCERTAIN_SCHEMA)
    )
