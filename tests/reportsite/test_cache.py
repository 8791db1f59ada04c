"""The cache of made PDFs and their text (scripts/reportsite/cache.py)."""

from __future__ import annotations

from reportsite import cache, pdf


def test_what_is_put_is_got_back_under_its_key(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTSITE_CACHE_DIR", str(tmp_path))
    name = cache.key(["page", b"bytes"])
    assert cache.get("pdf", name) is None
    cache.put("pdf", name, b"%PDF-1.7")
    assert cache.get("pdf", name) == b"%PDF-1.7"


def test_inputs_that_run_together_differently_have_different_keys():
    assert cache.key(["ab", "c"]) != cache.key(["a", "bc"])


def test_off_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTSITE_CACHE_DIR", "off")
    cache.put("pdf", "name", b"data")
    assert cache.get("pdf", "name") is None


def test_a_cache_that_cannot_be_written_only_means_making_again(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("REPORTSITE_CACHE_DIR", str(blocked))
    cache.put("pdf", "name", b"data")  # no error
    assert cache.get("pdf", "name") is None


def test_a_pdf_is_made_anew_when_any_of_its_inputs_changes(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "chart.svg").write_text("<svg/>")
    same = pdf._inputs("<p>1</p>", "@page {}", b"id", docs)
    assert same is not None and same == pdf._inputs("<p>1</p>", "@page {}", b"id", docs)
    changed = {
        pdf._inputs("<p>2</p>", "@page {}", b"id", docs),
        pdf._inputs("<p>1</p>", "@page { margin: 0 }", b"id", docs),
        pdf._inputs("<p>1</p>", "@page {}", b"other", docs),
    }
    (docs / "chart.svg").write_text("<svg width='1'/>")  # an image the pages show
    changed.add(pdf._inputs("<p>1</p>", "@page {}", b"id", docs))
    assert len(changed) == 4 and same not in changed
