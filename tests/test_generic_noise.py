"""generic_body.drop_noise: scripts, styles and hidden elements leave the tree, nested or not,
and the text after each stays where it was (invented markup)."""

from __future__ import annotations

from lxml import etree

from scraper.generic_body import drop_noise
from scraper.generic_tree import text


def _dropped(markup: str) -> str:
    tree = etree.HTML(markup)
    drop_noise(tree)
    return text(tree)


def test_each_way_of_hiding_removes_the_element_and_keeps_the_text_after_it():
    markup = (
        "<body><p>Alpha<span hidden>one</span> beta"
        "<span aria-hidden='true'>two</span> gamma"
        "<span style='display: none'>three</span> delta"
        "<span style='VISIBILITY:hidden'>four</span> epsilon</p></body>"
    )
    assert _dropped(markup) == "Alpha beta gamma delta epsilon"


def test_visible_marks_stay():
    markup = (
        "<body><p><span aria-hidden='false'>shown</span> "
        "<span style='color: red'>red</span> <span style=''>plain</span></p></body>"
    )
    assert _dropped(markup) == "shown red plain"


def test_noise_inside_hidden_and_hidden_inside_noise_go_together():
    markup = (
        "<body><div hidden>outer<script>var x = 1;</script><p style='display:none'>inner</p>"
        "tail inside</div>after<noscript><p hidden>x</p>fallback</noscript>end"
        "<style>p { color: red }</style><p>last</p></body>"
    )
    assert _dropped(markup) == "after end last"


def test_a_hidden_page_is_emptied():
    tree = etree.HTML("<html hidden><body><p>Gone</p><script>x</script></body></html>")
    drop_noise(tree)
    assert len(tree) == 0 and not text(tree)
