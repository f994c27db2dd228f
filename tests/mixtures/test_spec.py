"""Mixture spec parsing: typed values, and errors that name the key and the fix."""

from __future__ import annotations

import pytest
import yaml

from chemtrove.mixtures.spec import MixtureSpec, SpecError, parse_count


def _spec(**overrides) -> dict:
    data = {
        "name": "m",
        "total_tokens": 1000,
        "tokenizer": "tok",
        "sources": [{"name": "a", "path": "a", "weight": 0.25}, {"name": "b", "path": "b", "weight": 0.75}],
    }
    data.update(overrides)
    return data


def test_parses_and_round_trips(tmp_path):
    path = tmp_path / "mix.yaml"
    path.write_text(yaml.safe_dump(_spec(total_tokens="20M", build={"formats": ["packed"]})))
    spec = MixtureSpec.from_yaml(path)
    assert spec.total_tokens == 20_000_000
    assert spec.resolve(spec.sources[0].path) == (tmp_path / "a").resolve()
    assert spec.build.formats == ["packed"] and spec.max_epochs == 4.0
    again = MixtureSpec.from_dict(spec.to_dict(), tmp_path)
    assert again.to_dict() == spec.to_dict() and again.sha256() == spec.sha256()


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1000, 1000), (1e3, 1000), ("1e9", 10**9), ("20M", 20 * 10**6), ("1.5B", 1_500_000_000), ("500k", 500_000)],
)
def test_token_counts(value, expected):
    assert parse_count(value, "x") == expected


@pytest.mark.parametrize("value", ["abc", -1, 1.5, True, [1]])
def test_bad_token_counts(value):
    with pytest.raises(SpecError, match="^x:"):
        parse_count(value, "x")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_spec(totl_tokens=5), "spec.totl_tokens: unknown key; did you mean 'total_tokens'"),
        (
            _spec(sources=[{"name": "a", "path": "a", "wieght": 1.0}]),
            r"spec.sources\[0\].wieght: unknown key; did you mean 'weight'",
        ),
        (_spec(sampling={"rule": "unimx"}), "spec.sampling.rule: unknown rule 'unimx'; did you mean 'unimax'"),
        (_spec(sampling={"rule": "temperature"}), "needs a temperature"),
        (_spec(build={"formats": ["pakced"]}), "did you mean 'packed'"),
        (_spec(build={"pack_tail": "trim"}), "spec.build.pack_tail"),
        (
            _spec(sources=[{"name": "a", "path": "a", "weight": 0.5}, {"name": "b", "path": "b", "weight": 0.4}]),
            "must sum to 1, they sum to 0.9",
        ),
        (_spec(sources=[{"name": "a", "path": "a"}]), "a has no weight"),
        (
            _spec(sampling={"rule": "natural"}),
            "weight given for a, b but sampling.rule is 'natural'",
        ),
        (_spec(sources=[{"name": "a", "path": "a", "weight": 1.0}] * 2), "repeated: a"),
        (_spec(sources=[{"name": "a b", "path": "a", "weight": 1.0}]), r"sources\[0\].name"),
        (_spec(sources=[{"path": "a", "weight": 1.0}]), r"sources\[0\].name: missing"),
        (_spec(validation={"fraction": 1.5}), "spec.validation.fraction"),
        (_spec(max_epochs=0), "spec.max_epochs"),
        (_spec(seq_len="long"), "spec.seq_len"),
        ({"name": "m"}, "spec.sources: missing"),
    ],
)
def test_errors_name_key_and_fix(data, message):
    with pytest.raises(SpecError, match=message):
        MixtureSpec.from_dict(data)


def test_missing_file_and_bad_yaml(tmp_path):
    with pytest.raises(SpecError, match="does not exist"):
        MixtureSpec.from_yaml(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [unclosed")
    with pytest.raises(SpecError, match="not valid YAML"):
        MixtureSpec.from_yaml(bad)


def test_source_lookup_suggests():
    spec = MixtureSpec.from_dict(_spec())
    with pytest.raises(SpecError, match="did you mean 'a'"):
        spec.source("aa")
