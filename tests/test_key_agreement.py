"""Inter-coder agreement: a second annotator coded the tone, frame and speaker-type keys independently.

The second coder saw only the items and the coding guides (tests/keys/TONE_GUIDE.md, FRAMES_GUIDE.md and the
speaker types of tests/keys/README.md), never the first key or any output of the code. Agreement says how far a
method can be expected to match the key: a method's kappa is read against the coders' kappa.
"""
from __future__ import annotations

import glob
from pathlib import Path

import pandas as pd
import pytest
from helpers.sentiment import cohen_kappa

KEYS = Path(__file__).parent / "keys"
SECOND = KEYS / "second_annotator"


def _frame_sets(column: pd.Series) -> list[set]:
    return [set(f for f in str(v).split(";") if f and f != "nan") for v in column]


def test_tone_coders_agree(accuracy):
    first = pd.read_csv(KEYS / "tone_targets.csv")
    both = first.merge(pd.read_csv(SECOND / "tone_pairs_coded.csv")[["pair_id", "label"]], on="pair_id",
                       suffixes=("", "_2"), validate="one_to_one")
    assert len(both) == len(first) and both["label_2"].isin(["negative", "neutral", "positive"]).all()
    kappa = {split: cohen_kappa(g["label"], g["label_2"]) for split, g in both.groupby("split")}
    accuracy["agreement: tone toward target (2 coders)"] = {"kappa_dev": kappa["dev"], "kappa_heldout": kappa["heldout"],
                                                          "n": len(both)}
    assert kappa["dev"] >= 0.96 and kappa["heldout"] >= 0.96


def test_frame_coders_agree(accuracy):
    first = pd.concat([pd.read_csv(KEYS / f"{name}.csv", comment="#") for name in ("general_frames", "general_frames_heldout")])
    both = first.merge(pd.read_csv(SECOND / "frame_sentences_coded.csv")[["sentence_id", "frames"]], on="sentence_id",
                       suffixes=("", "_2"), validate="one_to_one")
    assert len(both) == len(first) == 90
    a, b = _frame_sets(both["frames"]), _frame_sets(both["frames_2"])
    tp = sum(len(x & y) for x, y in zip(a, b))
    f1 = 2 * tp / (2 * tp + sum(len(y - x) for x, y in zip(a, b)) + sum(len(x - y) for x, y in zip(a, b)))
    frames = sorted(set().union(*a, *b))
    per_frame = {f: cohen_kappa([f in s for s in a], [f in s for s in b]) for f in frames
                 if sum(f in s for s in a) + sum(f in s for s in b) >= 3}
    mean_kappa = sum(per_frame.values()) / len(per_frame)
    accuracy["agreement: sentence frames (2 coders)"] = {"micro_f1": f1, "mean_frame_kappa": mean_kappa, "n": len(both)}
    assert f1 >= 0.84 and mean_kappa >= 0.81


def test_speaker_type_coders_agree(accuracy):
    second = pd.read_csv(SECOND / "speakers_typed.csv")
    files = [f for event in second["event"].unique() for f in sorted(glob.glob(str(KEYS / f"{event}_quotes*.csv")))]
    first = pd.concat([pd.read_csv(f, comment="#") for f in files], ignore_index=True)
    assert len(first) == len(second) and (first["sentence"].values == second["sentence"].values).all()
    assert second["speaker_type"].notna().all()
    kappa = cohen_kappa(first["speaker_type"], second["speaker_type"])
    accuracy["agreement: speaker types (2 coders)"] = {"kappa": kappa, "agree": float((first["speaker_type"] == second["speaker_type"]).mean()),
                                                     "n": len(first)}
    assert kappa >= 0.92


def test_coders_agree_on_the_session3_held_out_events(accuracy):
    """The second coder typed the speakers and coded the frames of the two events held out in session 3 from the
    articles and the guides alone (speakers as the first key names them; frames of the same 30 sentences each)."""
    figures = _type_and_frame_agreement("session3", ("market-crash-ardesia", "outbreak-kavrin"))
    accuracy["agreement: session-3 held-out events (2 coders)"] = figures
    assert figures["market-crash-ardesia_type_kappa"] >= 1.0 and figures["outbreak-kavrin_type_kappa"] >= 0.975
    assert figures["market-crash-ardesia_frames_micro_f1"] >= 0.894 and figures["outbreak-kavrin_frames_micro_f1"] >= 0.92




def test_coders_agree_on_the_session4_held_out_events(accuracy):
    """The second coder typed the speakers, coded the frames and grouped the figures into facts of the two events held
    out in session 4, from the articles and the guides alone (speakers and figures as the first key lists them)."""
    figures = _event_agreement("session4", ("ice-storm-haldmark", "shelling-tolvany"))
    accuracy["agreement: session-4 held-out events (2 coders)"] = figures
    # measured: types 1.00 / 1.00; frames 0.905 / 0.946; same fact split by claimant 0.875 / 0.817; by fact 0.905 / 0.979
    assert figures["ice-storm-haldmark_type_kappa"] >= 1.0 and figures["shelling-tolvany_type_kappa"] >= 1.0
    assert figures["ice-storm-haldmark_frames_micro_f1"] >= 0.905 and figures["shelling-tolvany_frames_micro_f1"] >= 0.946
    assert figures["ice-storm-haldmark_grouping_f1"] >= 0.875 and figures["shelling-tolvany_grouping_f1"] >= 0.817
    assert figures["ice-storm-haldmark_base_grouping_f1"] >= 0.905 and figures["shelling-tolvany_base_grouping_f1"] >= 0.979


def test_coders_agree_on_the_session4_probes(accuracy):
    """general6 (50 sentences of ten event kinds) and 160 fresh tone pairs, coded a second time from the guides alone."""
    key = pd.read_csv(KEYS / "general6_frames_heldout.csv", comment="#", keep_default_na=False)
    coded = pd.read_csv(SECOND / "session4_general6_frames_coded.csv", keep_default_na=False)
    both = key.merge(coded, on="sentence_id", suffixes=("", "_2"))
    a, b = _frame_sets(both["frames"]), _frame_sets(both["frames_2"])
    tp = sum(len(x & y) for x, y in zip(a, b))
    f1 = 2 * tp / (2 * tp + sum(len(y - x) for x, y in zip(a, b)) + sum(len(x - y) for x, y in zip(a, b)))
    tone = pd.read_csv(KEYS / "tone_targets_fresh4_heldout.csv", keep_default_na=False)
    second = pd.read_csv(SECOND / "session4_tone_fresh4_coded.csv", keep_default_na=False)
    pairs = tone.merge(second, on="pair_id", suffixes=("", "_2"))
    figures = {"general6_frames_micro_f1": f1, "tone_fresh4_kappa": cohen_kappa(pairs["label"], pairs["label_2"])}
    accuracy["agreement: session-4 probes (2 coders)"] = figures
    assert len(both) == 50 and len(pairs) == 160
    assert f1 >= 0.967 and figures["tone_fresh4_kappa"] >= 0.979  # measured 0.968 and 0.979




def test_coders_agree_on_the_session5_held_out_events(accuracy):
    """The second coder typed the speakers, coded the frames and grouped the figures into facts of the three events held
    out in session 5, from the articles and the guides alone (speakers and figures as the first key lists them)."""
    figures = _event_agreement("session5", ("mine-collapse-brevik", "shipwreck-calvera", "ransomware-lenmark"))
    accuracy["agreement: session-5 held-out events (2 coders)"] = figures
    # measured: types κ 0.942 / 0.981 / 0.960; frames 0.944 / 0.911 / 0.860; same fact split by claimant 0.870 / 0.967 /
    # 0.970; by fact 0.861 / 0.965 / 0.984 (mine / shipwreck / ransomware)
    floors = {"mine-collapse-brevik": (0.941, 0.943, 0.870, 0.861), "shipwreck-calvera": (0.981, 0.911, 0.967, 0.964),
              "ransomware-lenmark": (0.960, 0.860, 0.970, 0.983)}
    _assert_floors(figures, floors)


def test_coders_agree_on_the_session6_held_out_events(accuracy):
    """The same for the three events held out in session 6 (a derailment with a chemical release, a crowd crush, a
    plant closure), coded by two second coders (speakers and frames; figures) from the articles and the guides alone."""
    events = ("derailment-osterby", "crowd-crush-selvana", "plant-closure-dornbach")
    if not all((KEYS / f"{e}_quotes_heldout.csv").exists() for e in events):
        pytest.skip("session-6 keys not in this checkout")
    figures = _event_agreement("session6", events)
    accuracy["agreement: session-6 held-out events (2 coders)"] = figures
    # measured: types κ 0.982 / 1.000 / 0.958; frames 0.884 / 0.884 / 0.816; same fact split by claimant 0.838 / 0.971 /
    # 0.891; by fact 0.923 / 0.984 / 0.932 (derailment / crowd crush / plant closure)
    floors = {"derailment-osterby": (0.982, 0.884, 0.838, 0.923), "crowd-crush-selvana": (1.0, 0.883, 0.971, 0.983),
              "plant-closure-dornbach": (0.957, 0.815, 0.891, 0.932)}
    _assert_floors(figures, floors)


def _general_frames_agreement(general: str, session: str) -> tuple[int, float]:
    """(sentences both coders coded, their micro F1) on a general frames key and its second coding."""
    key = pd.read_csv(KEYS / f"{general}_frames_heldout.csv", comment="#", keep_default_na=False)
    coded = pd.read_csv(SECOND / f"{session}_{general}_frames_coded.csv", keep_default_na=False)
    both = key.merge(coded.rename(columns={"file": "sentence_id"})[["sentence_id", "frames"]], on="sentence_id",
                     suffixes=("", "_2"))
    a, b = _frame_sets(both["frames"]), _frame_sets(both["frames_2"])
    tp = sum(len(x & y) for x, y in zip(a, b))
    return len(both), 2 * tp / (2 * tp + sum(len(y - x) for x, y in zip(a, b)) + sum(len(x - y) for x, y in zip(a, b)))


def _session_agreement(session: str, events: tuple, general: str, accuracy) -> dict[str, float]:
    """The second coder against the first on one session's held-out events and its general frames key (skipped when
    the checkout lacks the events' keys)."""
    if not all((KEYS / f"{e}_quotes_heldout.csv").exists() for e in events):
        pytest.skip(f"{session} keys not in this checkout")
    figures = _event_agreement(session, events)
    figures["n_general"], figures[f"{general}_frames_micro_f1"] = _general_frames_agreement(general, session)
    accuracy[f"agreement: {session} held-out events and {general} (2 coders)"] = figures
    return figures


def _assert_floors(figures: dict[str, float], floors: dict[str, tuple]) -> None:
    """Each event's (type κ, frames F1, grouping F1 by claimant, grouping F1 by fact) at or above its floor."""
    for event, (types, frames_f1, grouping, base) in floors.items():
        assert figures[f"{event}_type_kappa"] >= types and figures[f"{event}_frames_micro_f1"] >= frames_f1
        assert figures[f"{event}_grouping_f1"] >= grouping and figures[f"{event}_base_grouping_f1"] >= base


def _type_and_frame_agreement(session: str, events) -> dict[str, float]:
    """The second coder's speaker types and frames of whole held-out events (`second_annotator/<session>_*.csv`)
    against the first key: type κ and frames micro F1. The rows must be the first key's, in its order."""
    second_types = pd.read_csv(SECOND / f"{session}_speakers_typed.csv", keep_default_na=False)
    second_frames = pd.read_csv(SECOND / f"{session}_frames_coded.csv", keep_default_na=False)
    figures = {}
    for event in events:
        first = pd.read_csv(KEYS / f"{event}_quotes_heldout.csv", comment="#", keep_default_na=False)
        other = second_types[second_types["event"] == event]
        assert len(first) == len(other) and (first["sentence"].values == other["sentence"].values).all()
        figures[f"{event}_type_kappa"] = cohen_kappa(first["speaker_type"], other["speaker_type"])
        frames = pd.read_csv(KEYS / f"{event}_frames_heldout.csv", comment="#", keep_default_na=False)
        coded = second_frames[second_frames["event"] == event]
        assert len(frames) == len(coded) == 30 and (frames["sentence"].values == coded["sentence"].values).all()
        a, b = _frame_sets(frames["frames"]), _frame_sets(coded["frames"])
        tp = sum(len(x & y) for x, y in zip(a, b))
        figures[f"{event}_frames_micro_f1"] = 2 * tp / (2 * tp + sum(len(y - x) for x, y in zip(a, b))
                                                        + sum(len(x - y) for x, y in zip(a, b)))
    return figures


def _event_agreement(session: str, events) -> dict[str, float]:
    """Types and frames as `_type_and_frame_agreement`, plus the second coder's grouping of the figures into facts
    (`<session>_numbers_grouped.csv`): pairwise F1 of the same fact split by claimant and by fact alone."""
    from helpers.evaluation import pairwise_grouping

    second_facts = pd.read_csv(SECOND / f"{session}_numbers_grouped.csv", keep_default_na=False)
    figures = _type_and_frame_agreement(session, events)
    for event in events:
        key = pd.read_csv(KEYS / f"{event}_numbers_heldout.csv", comment="#", keep_default_na=False)
        key = key[key["furniture"].astype(str) != "1"]
        grouped = second_facts[second_facts["event"] == event].set_index("row")
        assert len(grouped) == len(key) and (key.loc[grouped.index, "text"].values == grouped["text"].values).all()
        mine = key.loc[grouped.index]
        figures[f"{event}_grouping_f1"] = pairwise_grouping(mine["fact_id"], grouped["fact_id"], mine["file"])["f1"]
        figures[f"{event}_base_grouping_f1"] = pairwise_grouping(
            mine["fact_id"].str.split("|").str[0], grouped["fact_id"].str.split("|").str[0], mine["file"])["f1"]
    return figures


# Sessions 7 to 11: three whole events held out in each and one general frames key (60 sentences of twelve event
# kinds), coded a second time from the guides alone. Floors are the measured figures floored at 3 decimals: each
# event's (type κ, frames micro F1, same fact split by claimant, by fact alone), then the general key's frames F1.
SESSION_AGREEMENT = {
    # tower fire / budget / abduction; measured types κ 1.000 / 1.000 / 0.983, frames 0.935 / 0.872 / 0.879, split by
    # claimant 0.976 / 0.985 / 0.941, by fact 0.977 / 0.984 / 0.952; general9 0.871
    "session7": ({"tower-fire-quellen": (1.0, 0.934, 0.976, 0.976), "budget-ostria": (1.0, 0.871, 0.984, 0.983),
                  "abduction-karsa": (0.982, 0.879, 0.941, 0.952)}, "general9", 0.870),
    # heatwave / prison riot / runway overrun; types 1.000 / 0.982 / 0.920, frames 0.874 / 0.843 / 0.865, by claimant
    # 0.982 / 0.949 / 0.984, by fact 0.992 / 0.956 / 0.956; general10 0.882
    "session8": ({"heatwave-corvena": (1.0, 0.873, 0.982, 0.992), "prison-riot-halvik": (0.982, 0.843, 0.949, 0.955),
                  "runway-overrun-orlend": (0.92, 0.864, 0.984, 0.955)}, "general10", 0.882),
    # cyclone / no-confidence vote / doping case; types 1.000 / 0.951 / 1.000, frames 0.921 / 0.889 / 0.800, by
    # claimant 0.959 / 0.996 / 0.951, by fact 0.963 / 0.996 / 0.925; general11 0.879
    "session9": ({"cyclone-tessaly": (1.0, 0.921, 0.958, 0.962), "no-confidence-dravenia": (0.95, 0.888, 0.996, 0.995),
                  "doping-case-ostrel": (1.0, 0.8, 0.951, 0.924)}, "general11", 0.878),
    # eruption / blackout / takeover bid; types 1.000 / 0.872 / 1.000, frames 0.954 / 0.877 / 0.953, by claimant
    # 0.929 / 0.937 / 0.964, by fact 0.956 / 0.965 / 0.970; general12 0.903
    "session10": ({"eruption-moravel": (1.0, 0.954, 0.929, 0.956), "blackout-serenna": (0.872, 0.877, 0.937, 0.965),
                   "takeover-lindqvist": (1.0, 0.953, 0.964, 0.97)}, "general12", 0.903),
    # chlorine leak at a chemical plant / national farmers' protest day / a bank's collapse and rescue (four second
    # coders: types and frames; one per event for the grouping); types 1.000 / 0.985 / 0.970, frames 0.874 / 0.939 /
    # 0.857, by claimant 0.963 / 0.935 / 0.964, by fact 0.947 / 0.923 / 0.967; general13 0.928
    "session11": ({"chemical-leak-ravensk": (1.0, 0.873, 0.962, 0.946),
                   "farmers-protest-ostmark": (0.985, 0.938, 0.935, 0.923),
                   "bank-collapse-teluria": (0.97, 0.857, 0.963, 0.966)}, "general13", 0.927),
    # bridge collapse / constitutional referendum / central bank's rate decision (four second coders as in session
    # 11); types 0.952 / 1.000 / 0.933, frames 0.848 / 0.897 / 0.875, by claimant 0.925 / 0.750 / 0.969, by fact 0.945
    # / 0.830 / 0.935 (the referendum's coders differ mainly on whether a monitoring group's parallel count is the
    # same fact as the official figure, and on the times of the commission's updates); general14 0.914
    "session12": ({"bridge-collapse-korvath": (0.951, 0.847, 0.924, 0.944), "referendum-estrava": (1.0, 0.896, 0.75, 0.83),
                   "rate-decision-varkand": (0.932, 0.875, 0.969, 0.934)}, "general14", 0.913),
    # tanker oil spill / knife attack at a station / tariff dispute (four second coders as in session 11); types
    # 0.966 / 0.984 / 0.982, frames 0.918 / 0.948 / 0.947, by claimant 0.952 / 0.990 / 0.795, by fact 0.924 / 0.971 /
    # 0.924 (the tariff coders differ mainly on market figures through the day: the first key makes the currency's
    # and index's early and closing moves separate facts, the second one fact revised over the day); general15 0.903
    "session13": ({"tanker-spill-orvessa": (0.966, 0.917, 0.952, 0.924), "knife-attack-belmora": (0.983, 0.948, 0.99, 0.97),
                   "tariff-dispute-kestria": (0.981, 0.947, 0.795, 0.924)}, "general15", 0.902),
    # river flood / failed coup attempt / match-fixing scandal (four second coders as in session 11); types 1.000 /
    # 0.927 / 0.899, frames 0.898 / 0.898 / 0.825, by claimant 0.970 / 0.798 / 0.958, by fact 0.969 / 0.968 / 0.997
    # (the coup coders differ mainly on whether "the government" and its interior ministry are one claimant of the
    # toll); general16 0.918
    "session14": ({"flood-drevna": (1.0, 0.897, 0.969, 0.969), "coup-attempt-zerhavia": (0.926, 0.897, 0.797, 0.967),
                   "match-fixing-lorvane": (0.899, 0.825, 0.958, 0.996)}, "general16", 0.918),
    # avalanche / sovereign bailout / leaked exam (four second coders as in session 11); types 0.982 / 1.000 / 0.923,
    # frames 0.918 / 0.885 / 0.907, by claimant 0.873 / 0.965 / 0.940, by fact 0.952 / 0.937 / 0.962 (the avalanche
    # coders differ mainly on who claims figures in background clauses of an attributed sentence and on a resort's
    # rival danger level); general17 0.896
    "session15": ({"avalanche-kessary": (0.982, 0.917, 0.873, 0.952), "debt-bailout-morvania": (1.0, 0.885, 0.965, 0.937),
                   "exam-scandal-tavoria": (0.923, 0.907, 0.939, 0.962)}, "general17", 0.895),
    # ferry sinking / disputed run-off / airline collapse (four second coders as in session 11); types 0.913 / 0.959 /
    # 0.897, frames 0.805 / 0.897 / 0.913, by claimant 0.924 / 0.958 / 0.823, by fact 0.955 / 0.995 / 0.903 (the airline's
    # second coder named as hardest whether "still abroad" is the stranded count revised or a part of it, and the
    # claimant of figures in clauses beside an attribution); general18 0.898
    "session16": ({"ferry-sinking-halsund": (0.912, 0.804, 0.923, 0.955), "runoff-dispute-casmera": (0.958, 0.897, 0.958, 0.995),
                   "airline-bankruptcy-velotra": (0.896, 0.912, 0.822, 0.902)}, "general18", 0.897),
    # coach crash / bribery scandal / minimum-wage rise (four second coders: one for types and frames, one per event for
    # the grouping); types κ 0.820 / 0.981 / 1.000, frames 0.851 / 0.869 / 0.912, by claimant 0.979 / 0.951 / 1.000, by
    # fact 0.981 / 0.979 / 0.982 (the coach's coders differ mainly on hospitals and a mountain rescue service: the first
    # key types hospitals expert, the second official); general19 0.885
    "session17": ({"coach-crash-pellaro": (0.819, 0.851, 0.978, 0.98), "bribery-scandal-quessa": (0.981, 0.868, 0.95, 0.978),
                   "minimum-wage-dunmere": (1.0, 0.912, 1.0, 0.982)}, "general19", 0.884),
    # smog emergency / drug seizure / climate summit (four second coders as in session 17); types κ 0.982 / 1.000 /
    # 1.000, frames 0.881 / 0.842 / 0.736, by claimant 0.931 / 0.971 / 0.930, by fact 0.969 / 0.871 / 0.921 (the
    # summit's coders differ most on frames: negotiation as external_regulation vs political, and one-sided rebuttals;
    # the seizure's on whether street, wholesale and source values are one fact split by claimant); general20 0.938
    "session18": ({"smog-emergency-velgrad": (0.982, 0.881, 0.931, 0.969), "cocaine-seizure-portmarin": (1.0, 0.842, 0.971, 0.871),
                   "climate-summit-aldera": (1.0, 0.736, 0.93, 0.921)}, "general20", 0.938),
    # methanol poisoning / competition fine / disputed census (four second coders as in session 17); types κ 1.000 /
    # 0.985 / 0.981, frames 0.857 / 0.727 / 0.769, by claimant 0.972 / 0.898 / 0.996, by fact 0.967 / 0.920 / 0.988
    # (the fine's second coder named as its hardest grouping calls the authority's market share quoted inside the
    # company's rebuttal and which market each share measures; where the coders differ was not tallied); general21 0.919
    "session19": ({"methanol-poisoning-korvany": (1.0, 0.857, 0.971, 0.966), "antitrust-fine-marvella": (0.985, 0.727, 0.897, 0.919),
                   "census-dispute-selmark": (0.981, 0.769, 0.996, 0.987)}, "general21", 0.919),
}


@pytest.mark.parametrize("session", sorted(SESSION_AGREEMENT, key=lambda s: int(s.removeprefix("session"))))
def test_coders_agree_on_each_sessions_held_out_events(session, accuracy):
    floors, general, general_floor = SESSION_AGREEMENT[session]
    figures = _session_agreement(session, tuple(floors), general, accuracy)
    _assert_floors(figures, floors)
    assert figures["n_general"] == 60 and figures[f"{general}_frames_micro_f1"] >= general_floor
