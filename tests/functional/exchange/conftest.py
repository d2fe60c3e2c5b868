"""A user's Anki collection, built once per module, and the packages the real Anki exports of it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from anki_backend import export_package
from anki_collections import UserCollection, build_user_collection


@pytest.fixture(scope="module")
def user(tmp_path_factory: pytest.TempPathFactory) -> UserCollection:
    return build_user_collection(tmp_path_factory.mktemp("user"))


@pytest.fixture(scope="module", params=[True, False], ids=["legacy-anki21", "current-anki21b"])
def package(request: pytest.FixtureRequest, user: UserCollection, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole collection exported by Anki: legacy (collection.anki21) or current (collection.anki21b)."""
    col = user.open()
    path = export_package(col, tmp_path_factory.mktemp("apkg") / "user.apkg", legacy=request.param)
    col.close()
    expected = "collection.anki21" if request.param else "collection.anki21b"
    assert expected in zipfile.ZipFile(path).namelist()
    return path
