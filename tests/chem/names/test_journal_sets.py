"""The journal sets of the names evaluation: their sentences are the seeded sample of the stored journal text,
split by the seeded shuffle (journal_c, then journal_d, journal_e, journal_f to journal_u: each the seeded sample
of the lines not sampled before), and
every gold span is its text's slice (the finder is not run on them: they are held out). The builder they share
with the patent sets fails on a mention it cannot place."""

import random
import sys
from pathlib import Path

import pytest
from rdkit import Chem
from rdkit.Chem import rdMolDescriptors

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))

import names_journal_c_labels  # noqa: E402
import names_journal_d_labels  # noqa: E402
import names_journal_e_labels  # noqa: E402
import names_journal_f_labels  # noqa: E402
import names_journal_g_labels  # noqa: E402
import names_journal_h_labels  # noqa: E402
import names_journal_i_labels  # noqa: E402
import names_journal_j_labels  # noqa: E402
import names_journal_k_labels  # noqa: E402
import names_journal_l_labels  # noqa: E402
import names_journal_labels  # noqa: E402
import names_journal_m_labels  # noqa: E402
import names_journal_n_labels  # noqa: E402
import names_journal_o_labels  # noqa: E402
import names_journal_p_labels  # noqa: E402
import names_journal_q_labels  # noqa: E402
import names_journal_r_labels  # noqa: E402
import names_journal_s_labels  # noqa: E402
import names_journal_t_labels  # noqa: E402
import names_journal_u_labels  # noqa: E402
from names_build_patents import entities  # noqa: E402
from sentence_sets import assert_spans_and_structures, load, stored  # noqa: E402


def test_the_sets_are_the_seeded_halves_of_the_seeded_sample():
    rows = stored("journal_sentences.tsv")
    assert [key for key, _ in rows] == [f"raw.txt:{i + 1}" for i in random.Random(32).sample(range(2000), 100)]
    random.Random(33).shuffle(rows)
    for name, part in (("journal_a", rows[:50]), ("journal_b", rows[50:])):
        docs = load(name)
        assert [(d["file"], d["text"]) for d in docs] == [(f"tests/data/{k}", t) for k, t in part]
        assert [d["doi"] for d in docs] == [f"ChemRxnExtractor:raw:{k.split(':')[1]}" for k, _ in part]


def test_journal_c_is_the_seeded_sample_of_the_lines_not_sampled_before():
    taken = {int(key.split(":")[1]) - 1 for key, _ in stored("journal_sentences.tsv")}
    rest = [i for i in range(2000) if i not in taken]
    rows = stored("journal_c_sentences.tsv")
    assert [key for key, _ in rows] == [f"raw.txt:{i + 1}" for i in random.Random(34).sample(rest, 60)]
    assert names_journal_c_labels.SAMPLE_SEED == 34
    docs = load("journal_c")
    assert [(d["file"], d["text"]) for d in docs] == [(f"tests/data/{k}", t) for k, t in rows]
    assert [d["doi"] for d in docs] == [f"ChemRxnExtractor:raw:{k.split(':')[1]}" for k, _ in rows]
    assert not {t for _, t in rows} & {t for _, t in stored("journal_sentences.tsv")}


def test_journal_c_labels_a_text_of_journal_a_and_b_as_they_do():
    shared = set(names_journal_c_labels.LABELS) & set(names_journal_labels.LABELS)
    assert shared >= {"TEMPO", "water", "TBAF", "Pd(PPh3)4"}
    assert all(names_journal_c_labels.LABELS[t] == names_journal_labels.LABELS[t] for t in shared)


def test_journal_d_is_the_seeded_sample_of_the_lines_in_neither_journal_a_b_nor_c():
    before = stored("journal_sentences.tsv") + stored("journal_c_sentences.tsv")
    taken = {int(key.split(":")[1]) - 1 for key, _ in before}
    rest = [i for i in range(2000) if i not in taken]
    assert len(rest) == 1840
    rows = stored("journal_d_sentences.tsv")
    assert [key for key, _ in rows] == [f"raw.txt:{i + 1}" for i in random.Random(35).sample(rest, 60)]
    assert names_journal_d_labels.SAMPLE_SEED == 35
    docs = load("journal_d")
    assert [(d["file"], d["text"]) for d in docs] == [(f"tests/data/{k}", t) for k, t in rows]
    assert [d["doi"] for d in docs] == [f"ChemRxnExtractor:raw:{k.split(':')[1]}" for k, _ in rows]
    assert not {t for _, t in rows} & {t for _, t in before}


def test_journal_d_labels_a_text_of_journal_a_b_and_c_as_they_do():
    d = names_journal_d_labels.LABELS
    for earlier, some in (
        (names_journal_labels, {"THF", "water", "DMF", "air"}),
        (names_journal_c_labels, {"toluene"}),
    ):
        shared = set(d) & set(earlier.LABELS)
        assert shared >= some
        assert all(d[t] == earlier.LABELS[t] for t in shared)
    # other writings of their compounds take the same labels
    assert d["Ph3P"] == names_journal_labels.LABELS["PPh3"] and d["n-BuLi"] == names_journal_labels.LABELS["nBuLi"]
    assert d["AcOH"] == names_journal_c_labels.LABELS["acetic acid"]


def test_journal_e_is_the_seeded_sample_of_the_lines_in_none_of_journal_a_to_d():
    before = stored("journal_sentences.tsv") + stored("journal_c_sentences.tsv") + stored("journal_d_sentences.tsv")
    taken = {int(key.split(":")[1]) - 1 for key, _ in before}
    rest = [i for i in range(2000) if i not in taken]
    assert len(rest) == 1780
    rows = stored("journal_e_sentences.tsv")
    assert [key for key, _ in rows] == [f"raw.txt:{i + 1}" for i in random.Random(36).sample(rest, 60)]
    assert names_journal_e_labels.SAMPLE_SEED == 36
    docs = load("journal_e")
    assert [(d["file"], d["text"]) for d in docs] == [(f"tests/data/{k}", t) for k, t in rows]
    assert [d["doi"] for d in docs] == [f"ChemRxnExtractor:raw:{k.split(':')[1]}" for k, _ in rows]
    assert not {t for _, t in rows} & {t for _, t in before}


def test_journal_e_labels_a_text_of_journal_a_to_d_as_they_do():
    e = names_journal_e_labels.LABELS
    for earlier, some in (
        (names_journal_labels, {"THF", "DMF", "methanol", "molecular sieves", "air"}),
        (names_journal_c_labels, {"toluene", "acetic acid", "Cu(OAc)2"}),
        (names_journal_d_labels, {"Cs2CO3", "PIFA", "AcOH"}),
    ):
        shared = set(e) & set(earlier.LABELS)
        assert shared >= some
        assert all(e[t] == earlier.LABELS[t] for t in shared)
    # other writings of their compounds take the same labels
    assert e["Pd2dba3"] == names_journal_labels.LABELS["Pd2(dba)3"]
    assert e["n-butyllithium"] == names_journal_labels.LABELS["nBuLi"]
    assert e["(TMS)OTf"] == names_journal_c_labels.LABELS["TMSOTf"]
    assert e["acetoxyprenal"] == names_journal_c_labels.LABELS["4-acetoxyprenal"]


@pytest.mark.parametrize(
    ("name", "module", "seed", "before", "left"),
    [
        ("journal_f", names_journal_f_labels, 37, "abcde", 1720),
        ("journal_g", names_journal_g_labels, 38, "abcdef", 1660),
        ("journal_h", names_journal_h_labels, 41, "abcdefg", 1600),
        ("journal_i", names_journal_i_labels, 42, "abcdefgh", 1540),
        ("journal_j", names_journal_j_labels, 44, "abcdefghi", 1480),
        ("journal_k", names_journal_k_labels, 45, "abcdefghij", 1420),
        ("journal_l", names_journal_l_labels, 46, "abcdefghijk", 1360),
        ("journal_m", names_journal_m_labels, 47, "abcdefghijkl", 1300),
        ("journal_n", names_journal_n_labels, 50, "abcdefghijklm", 1240),
        ("journal_o", names_journal_o_labels, 51, "abcdefghijklmn", 1180),
        ("journal_p", names_journal_p_labels, 54, "abcdefghijklmno", 1120),
        ("journal_q", names_journal_q_labels, 55, "abcdefghijklmnop", 1060),
        ("journal_r", names_journal_r_labels, 58, "abcdefghijklmnopq", 1000),
        ("journal_s", names_journal_s_labels, 59, "abcdefghijklmnopqr", 940),
        ("journal_t", names_journal_t_labels, 62, "abcdefghijklmnopqrs", 880),
        ("journal_u", names_journal_u_labels, 63, "abcdefghijklmnopqrst", 820),
    ],
)
def test_journal_f_and_g_are_the_seeded_samples_of_the_lines_not_sampled_before(name, module, seed, before, left):
    files = ["journal_sentences.tsv"] + [f"journal_{x}_sentences.tsv" for x in before if x not in "ab"]
    earlier = [row for f in files for row in stored(f)]
    taken = {int(key.split(":")[1]) - 1 for key, _ in earlier}
    rest = [i for i in range(2000) if i not in taken]
    assert len(rest) == left
    rows = stored(f"{name}_sentences.tsv")
    assert [key for key, _ in rows] == [f"raw.txt:{i + 1}" for i in random.Random(seed).sample(rest, 60)]
    assert module.SAMPLE_SEED == seed
    docs = load(name)
    assert [(d["file"], d["text"]) for d in docs] == [(f"tests/data/{k}", t) for k, t in rows]
    assert [d["doi"] for d in docs] == [f"ChemRxnExtractor:raw:{k.split(':')[1]}" for k, _ in rows]
    assert not {t for _, t in rows} & {t for _, t in earlier}


def test_journal_f_labels_a_text_of_journal_a_to_e_as_they_do():
    f = names_journal_f_labels.LABELS
    for earlier, some in (
        (names_journal_labels, {"THF", "DMF", "Pd(OAc)2", "DDQ", "water"}),
        (names_journal_c_labels, {"acetic acid", "CH3CN", "dichloromethane"}),
        (names_journal_d_labels, {"styrene", "Cs2CO3"}),
        (names_journal_e_labels, {"silica gel", "sodium hydride", "iodine"}),
    ):
        shared = set(f) & set(earlier.LABELS)
        assert shared >= some
        assert all(f[t] == earlier.LABELS[t] for t in shared)
    # other writings of their compounds take the same labels
    assert f["CF3CO2H"] == names_journal_labels.LABELS["TFA"]
    assert f["tetrabutylammonium bromide"] == names_journal_c_labels.LABELS["TBAB"]
    assert f["acetic anhydride"] == names_journal_d_labels.LABELS["Ac2O"]
    assert f["cuprous bromide"] == names_journal_e_labels.LABELS["CuBr"]


def test_journal_g_labels_a_text_of_journal_a_to_f_as_they_do():
    g = names_journal_g_labels.LABELS
    for earlier, some in (
        (names_journal_labels, {"TFA", "MeOH", "TEMPO", "air", "Pd2(dba)3"}),
        (names_journal_c_labels, {"toluene", "TiCl4", "Pd / C", "ethanol"}),
        (names_journal_d_labels, {"CsOAc"}),
        (names_journal_e_labels, {"[Cp*RhCl2]2", "PIDA", "NaOH", "CH2Cl2"}),
        (names_journal_f_labels, {"copper acrylate", "NaOMe"}),
    ):
        shared = set(g) & set(earlier.LABELS)
        assert shared >= some
        assert all(g[t] == earlier.LABELS[t] for t in shared)
    # other writings of their compounds take the same labels
    assert g["MeCN"] == names_journal_c_labels.LABELS["acetonitrile"]
    assert g["NaB(OAc)3H"] == names_journal_labels.LABELS["NaBH(OAc)3"]
    assert g["molecular nitrogen"] == names_journal_e_labels.LABELS["N2"]


@pytest.mark.parametrize(
    ("module", "some"),
    [
        (names_journal_h_labels, {"MeOH": "a", "Pd / C": "c", "ht-13-B": "d", "BQ": "e", "DAST": "f", "MeCN": "g"}),
        (names_journal_i_labels, {"DMF": "a", "toluene": "c", "HATU": "d", "C60": "e", "TMEDA": "f", "zinc": "g"}),
        (
            names_journal_j_labels,
            {"BF3": "a", "NaI": "c", "Ac2O": "d", "NaOH": "e", "acetic anhydride": "f", "formaldehyde": "g"}
            | {"paraformaldehyde": "h", "chloroform": "i"},
        ),
        (
            names_journal_k_labels,
            {"FeBr3": "a", "benzylamine": "c", "n-BuLi": "d", "LDA": "e", "PhI(OAc)2": "j", "Et3N": "j"},
        ),
        (
            names_journal_l_labels,
            {"DDQ": "a", "m-CPBA": "c", "styrene": "d", "MeMgBr": "e", "DAST": "f", "propargyl alcohol": "h"}
            | {"MgBr2": "i", "sodium borohydride": "j", "3-bromobenzyne": "k"},
        ),
        (
            names_journal_m_labels,
            {"NBS": "a", "dG": "c", "2-bromopyrene": "d", "PIDA": "e", "DAST": "f", "MeCN": "g"}
            | {"propargyl alcohol": "h", "sodium borohydride": "j", "DMA": "l"},
        ),
        (
            names_journal_n_labels,
            {"TEMPO": "a", "TMSOTf": "c", "hexamethylditin": "d", "H2SO4": "e", "nitrosobenzene": "f"}
            | {"formaldehyde": "g", "KOtBu": "h", "1,3,5-trimethoxybenzene": "i", "NaHSO3": "j", "NaBH4": "k"}
            | {"phenol": "m"},
        ),
        (
            names_journal_o_labels,
            {"[RhCl(CO)2]2": "a", "d2Ih": "c", "HATU": "d", "DIBAL-H": "e", "TMEDA": "f", "Ag2CO3": "g"}
            | {"mesitylene": "j", "MS": "k"},
        ),
        (names_journal_p_labels, {"DDQ": "a", "dOG": "c", "quinine": "d", "PIDA": "e", "DIPEA": "g", "BBr3": "k"}),
        (names_journal_q_labels, {"TPAP": "j", "Sc(OTf)3": "m", "InCl3": "n", "5-HO-dG": "o", "ﬂuoride": "f"}),
        (names_journal_r_labels, {"PPTS": "p", "C70": "p", "In(OTf)3": "m", "sodium periodate": "k", "NaI": "c"}),
        (names_journal_s_labels, {"TPAP": "j", "2,6-lutidine": "o", "thioacetic acid": "r", "TMSCl": "k"}),
        (names_journal_t_labels, {"NMP": "s", "triphenylphosphine": "r", "NHPI": "l", "SiO2": "m", "TBAB": "c"}),
        (names_journal_u_labels, {"dba": "t", "isatin": "r", "palladium acetate": "q", "AgSbF6": "g", "DAST": "f"}),
    ],
)
def test_journal_h_to_o_label_a_text_of_an_earlier_journal_set_as_it_does(module, some):
    earlier = {
        "a": names_journal_labels,
        "c": names_journal_c_labels,
        "d": names_journal_d_labels,
        "e": names_journal_e_labels,
        "f": names_journal_f_labels,
        "g": names_journal_g_labels,
        "h": names_journal_h_labels,
        "i": names_journal_i_labels,
        "j": names_journal_j_labels,
        "k": names_journal_k_labels,
        "l": names_journal_l_labels,
        "m": names_journal_m_labels,
        "n": names_journal_n_labels,
        "o": names_journal_o_labels,
        "p": names_journal_p_labels,
        "q": names_journal_q_labels,
        "r": names_journal_r_labels,
        "s": names_journal_s_labels,
        "t": names_journal_t_labels,
    }
    assert set(module.LABELS) >= set(some)
    for old in earlier.values():
        redefined = set(getattr(module, "REDEFINED", ())) | set(getattr(old, "REDEFINED", ()))
        shared = set(module.LABELS) & set(old.LABELS) - redefined
        assert all(module.LABELS[t] == old.LABELS[t] for t in shared)
    assert all(t in earlier[x].LABELS for t, x in some.items())


def test_journal_h_and_i_label_other_writings_of_earlier_compounds_alike():
    h, i = names_journal_h_labels.LABELS, names_journal_i_labels.LABELS
    assert h["LAH"] == h["lithium aluminum hydride"] == names_journal_f_labels.LABELS["LiAlH4"]
    assert h["KOtBu"] == names_journal_e_labels.LABELS["t-BuOK"]
    assert h["tetrahydrofuran"] == names_journal_labels.LABELS["THF"]
    assert i["chloroform"] == names_journal_c_labels.LABELS["CHCl3"]
    assert i["NH3"] == names_journal_labels.LABELS["ammonia"]


def test_journal_j_and_k_label_other_writings_of_earlier_compounds_alike():
    j, k = names_journal_j_labels.LABELS, names_journal_k_labels.LABELS
    assert j["copper(I) bromide"] == names_journal_e_labels.LABELS["CuBr"]
    assert j["Et3N"] == k["Et3N"] == names_journal_c_labels.LABELS["triethylamine"]
    assert j["diacetoxyliodobenzene"] == k["PhI(OAc)2"] == names_journal_e_labels.LABELS["PIDA"]
    assert k["PTSA"] == k["p- toluenesulfonic acid"] == names_journal_d_labels.LABELS["p-TSA"]
    assert k["MsCl"] == k["methanesulfonyl chloride"] == names_journal_labels.LABELS["mesyl chloride"]
    assert k["t-BuO•"] == names_journal_h_labels.LABELS["tert-butoxy radical"]
    assert k["phenyl iodide"] == names_journal_i_labels.LABELS["Ph-I"]
    assert k["sodium borohy- dride"] == k["NaBH4"] == j["sodium borohydride"]


def test_journal_l_and_m_label_other_writings_of_earlier_compounds_alike():
    jl, jm = names_journal_l_labels.LABELS, names_journal_m_labels.LABELS
    assert jl["L- proline"] == names_journal_g_labels.LABELS["L-proline"]
    assert jl["TsOH"] == names_journal_k_labels.LABELS["PTSA"] == names_journal_d_labels.LABELS["p-TSA"]
    assert jl["2,3-dichloro-5,6-dicyanobenzoquinone"] == jl["DDQ"] == names_journal_labels.LABELS["DDQ"]
    assert jl["selenium dioxide"] == names_journal_f_labels.LABELS["SeO2"]
    assert jl["molecular iodine"] == jl["I2"] == names_journal_e_labels.LABELS["iodine"]
    assert jm["diisobutylaluminum hydride"] == jm["DIBAL-H"] == names_journal_e_labels.LABELS["DIBAL-H"]
    assert jm["N- bromosuccinimide"] == jm["NBS"] and jm["1 , 2-dichloroethane"] == jm["DCE"]
    assert jm["dimethylacetamide"] == jm["DMA"] == jl["DMA"] == names_journal_d_labels.LABELS["DMAc"]
    assert (
        jm["2-[(triﬂuoromethyl)carbonyl]-1,3,5-trimethoxybenzene"]
        == (names_journal_j_labels.LABELS["1-(triﬂuoroacetyl)-2,4,6-trimethoxybenzene"])
    )
    assert jm["p- benzoquinone"] == names_journal_e_labels.LABELS["BQ"]
    assert jm["altro-DNJ"] == names_journal_g_labels.LABELS["1-deoxyaltronojirimycin"] == names_journal_labels.UNKNOWN


def test_journal_n_and_o_label_other_writings_of_earlier_compounds_alike():
    jn, jo = names_journal_n_labels.LABELS, names_journal_o_labels.LABELS
    assert jn["P(o-tol)3"] == names_journal_f_labels.LABELS["P(o-tolyl)3"]
    assert jn["P(n-Bu)3"] == names_journal_g_labels.LABELS["P(n- Bu)3"] == names_journal_labels.LABELS["Bu3P"]
    assert jn["(2-furyl)phosphine"] == jn["P(2- furyl)3"]
    assert rdMolDescriptors.CalcMolFormula(Chem.MolFromSmiles(jn["phenyl lithium"]["smiles"])) == "C6H5Li"
    assert jo["methyl iodide"] == names_journal_labels.LABELS["iodomethane"]
    assert jo["DIEA"] == names_journal_g_labels.LABELS["DIPEA"]
    assert jo["MS3A"] == names_journal_k_labels.LABELS["MS"] == names_journal_labels.NONE
    assert jo["methoxymethyl bromide"] == jo["MOMBr"] and jo["disulﬁde DTT"] == jo["DTTox"]
    assert jo["mahanine"] == jo["DAB"] == jo["5-HO-dG"] == names_journal_labels.UNKNOWN


def test_journal_r_and_s_label_other_writings_of_earlier_compounds_alike():
    jr, js = names_journal_r_labels.LABELS, names_journal_s_labels.LABELS
    assert jr["tribromoborane"] == names_journal_k_labels.LABELS["BBr3"]
    assert jr["n- butyllithium"] == jr["n-BuLi"] == names_journal_labels.LABELS["nBuLi"]
    assert jr["2,2,6,6-tetramethylpiperidine-1- oxyl"] == jr["TEMPO"]
    assert jr["pyridinium p- toluenesulfonate"] == jr["PPTS"] == names_journal_p_labels.LABELS["PPTS"]
    assert jr["diphenyldisulﬁde"] == names_journal_q_labels.LABELS["phenyl disulﬁde"]
    assert jr["1- bromobutane"] == jr["n-BuBr"] == names_journal_m_labels.LABELS["bromobutane"]
    assert jr["elemental iodine"] == jr["I2"] and jr["copper iodide"] == jr["CuI"]
    assert jr["hexane"] != names_journal_f_labels.LABELS["hexanes"] == names_journal_labels.NONE
    assert js["n-Bu4NF"] == js["TBAF"] and js["Cl3CCO2H"] == names_journal_labels.LABELS["TCA"]
    assert js["sodium triacetoxyborohydride"] == names_journal_g_labels.LABELS["NaB(OAc)3H"]
    assert js["dichlorophe- nylphosphine"] == js["dichloro(phenyl)phosphine"]
    assert js["TBAI"] == js["tetrabutylammonium iodide"] and js["BtSH"] == js["benzothiazole 2- thiol"]
    # the one text a sentence here defines otherwise: Dess-Martin periodinane, journal_l's 2,2-dimethoxypropane
    assert names_journal_s_labels.REDEFINED == ("DMP",)
    assert js["DMP"] == js["Dess − Martin periodinane"] != names_journal_l_labels.LABELS["DMP"]
    assert rdMolDescriptors.CalcMolFormula(Chem.MolFromSmiles(js["DMP"]["smiles"])) == "C13H13IO8"


def test_journal_t_and_u_label_other_writings_of_earlier_compounds_alike():
    jt, ju = names_journal_t_labels.LABELS, names_journal_u_labels.LABELS
    assert jt["1,2- dichloroethane"] == jt["DCE"] == names_journal_labels.LABELS["DCE"]
    assert jt["n-butyl lithium"] == names_journal_labels.LABELS["nBuLi"]
    assert jt["TMS-Cl"] == names_journal_k_labels.LABELS["TMSCl"]
    assert jt["DCM"] == jt["dichloromethane"] and jt["p-benzoquinone"] == jt["BQ"]
    assert jt["DIBAL- H"] == names_journal_e_labels.LABELS["DIBAL-H"] == ju["DIBAL-H"]
    assert jt["Oxone"] == jt["oxone"] and jt["dba"] == jt["dibenzylideneacetone"] == ju["dba"]
    assert jt["G-II"] == names_journal_q_labels.LABELS["Grubbs second- generation catalyst"]
    assert ju["tert-butyl hydroperoxide"] == ju["TBHP"]
    assert ju["H2O2"] == names_journal_i_labels.LABELS["hydrogen peroxide"]
    assert ju["2,2,6,6-tetramethyl-1-piperidinyloxy"] == ju["TEMPO"]
    assert ju["diphenyl disulﬁde"] == names_journal_q_labels.LABELS["phenyl disulﬁde"]
    assert ju["n-hexane"] == names_journal_r_labels.LABELS["hexane"]
    assert ju["Schwartz ’s catalyst"] == names_journal_m_labels.LABELS["Schwartz ’s reagent"]
    assert ju["TBDMS chloride"] == ju["TBSCl"] and ju["DIAD"] == ju["diisopropyla- zodicarboxylate"]
    assert ju["SPhos"] == ju["2-dicyclohex- ylphosphino-2′,6′-dimethoxybiphenyl"]
    assert ju["iodobenzene diacetate"] == names_journal_e_labels.LABELS["PIDA"]
    assert ju["allyl alcohol"] == jt["Allyl alcohol"]
    # configurations the names write, checked by their CIP labels
    for labels, name, cip in (
        (jt, "(S)-ibuprofen", ["S"]),
        (jt, "(R)-α-methylbenzylamine", ["R"]),
        (ju, "N-Boc-L-proline", ["S"]),
        (ju, "(S)-2-(diphenyl((trimethylsilyl)oxy)methyl)- pyrrolidine", ["S"]),
    ):
        mol = Chem.MolFromSmiles(labels[name]["smiles"])
        assert [c for _, c in Chem.FindMolChiralCenters(mol, useLegacyImplementation=False)] == cip
    # the compounds whose text leaves a locant unwritten are labelled, without a structure
    assert jt["naphthoquinone"] == ju["iodoisatin"] == ju["1-bromotoluene"] == names_journal_labels.UNKNOWN


# alpha-D-glucopyranosyl-(1->4)-alpha-D-glucopyranose as OPSIN writes it
MALTOSE = "[C@H]1([C@H](O)[C@@H](O)[C@H](O)[C@H](O1)CO)O[C@H]1[C@@H]([C@H]([C@@H](O)O[C@@H]1CO)O)O"


def test_alpha_cyclodextrin_is_six_glucoses_each_alpha_1_4_linked_to_the_next():
    smi = names_journal_c_labels.alpha_cyclodextrin()
    mol, maltose = Chem.MolFromSmiles(smi), Chem.MolFromSmiles(MALTOSE)
    assert rdMolDescriptors.CalcMolFormula(mol) == "C36H60O30"
    assert len(mol.GetSubstructMatches(maltose, useChirality=True)) == 6
    beta = Chem.MolFromSmiles(smi.replace("O9[C@@H]1", "O9[C@H]1", 1))  # one anomer turned beta
    assert len(beta.GetSubstructMatches(maltose, useChirality=True)) == 4


def test_every_span_is_its_text_and_every_structure_is_canonical():
    for name in (
        "journal_a",
        "journal_b",
        "journal_c",
        "journal_d",
        "journal_e",
        "journal_f",
        "journal_g",
        "journal_h",
        "journal_i",
        "journal_j",
        "journal_k",
        "journal_l",
        "journal_m",
        "journal_n",
        "journal_o",
        "journal_p",
        "journal_q",
        "journal_r",
        "journal_s",
        "journal_t",
        "journal_u",
    ):
        assert_spans_and_structures(load(name))


GOLD = {span: {"structure": True, "smiles": None, "formula": None} for span in ("DMSO", "CO", "[RhCl(CO)2]2", "Br2")}


def test_the_builder_places_mentions_in_order_and_fails_on_what_it_cannot_place():
    text = "[RhCl(CO)2]2 under CO with KNO2 / DMSO28 ."
    ents = entities("k", text, GOLD, ["[RhCl(CO)2]2", "CO", ("DMSO", "28")])
    assert [(text[e["start"] : e["end"]], e["start"]) for e in ents] == [
        ("[RhCl(CO)2]2", 0),
        ("CO", 19),
        ("DMSO", 34),
    ]
    with pytest.raises(ValueError, match="not found"):
        entities("k", text, GOLD, ["DMSO"])  # only glued to a reference number
    with pytest.raises(ValueError, match="not found"):
        entities("k", text, GOLD, ["Br2"])
    # the CO inside the complex is passed over: a mention is sought after the end of the one before it
    with pytest.raises(ValueError, match="not found"):
        entities("k", "[RhCl(CO)2]2 under argon", GOLD, ["[RhCl(CO)2]2", "CO"])
    with pytest.raises(KeyError, match="no label"):
        entities("k", text, GOLD, ["KNO2"])
