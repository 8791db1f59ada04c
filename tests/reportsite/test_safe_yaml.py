"""The one safe YAML loader (reportsite/safe_yaml.py): for front matter,
mkdocs*.yml and data/, a key twice, a tag, an alias and every limit is one
message at its line, in the editor's language, on any input, never a hang
(how fast it answers is scripts/bench.py's to measure); ordinary YAML still
reads as it did."""

import signal

import pytest

from conftest import CONFIG, DATA, messages, run_script
from reportsite import safe_yaml
from reportsite.checks import check_site
from reportsite.config import raw_config
from reportsite.reading import Renderer, read_page

# 9 levels of 9 aliases each: 9^9 values once expanded (it once ran check_site.py past 100 s and 7.7 GB).
LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + level)}: &{chr(98 + level)} [{', '.join([f'*{chr(97 + level)}'] * 9)}]\n" for level in range(8)
)


def timed(call, *args, **kwargs):
    """The call, failing the test if it has not answered in 30 s: a guard
    against a hang, not a measure of speed (scripts/bench.py measures)."""

    def hung(*_):
        raise AssertionError("the loader did not answer within 30 s: it expanded what it should have refused")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        return call(*args, **kwargs)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def refused(text, kind=safe_yaml.DATA_FILE, first_line=1):
    loaded = timed(safe_yaml.load, text, kind, "data/f.yml", "20", first_line)
    assert loaded.data is None and len(loaded.problems) == 1
    return loaded.problems[0]


# --- hostile inputs: one message, at once ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            LAUGHS,
            safe_yaml.DATA_FILE,
            "data/f.yml:1: this line uses the YAML anchor or alias “&a”; expected every value of the data file "
            "written out, without &, * or << [rule 20]",
        ),
        (
            LAUGHS,
            safe_yaml.CONFIG,
            "data/f.yml:2: the configuration has more than 8 aliases (*); expected the values written out [rule 20]",
        ),
        (
            "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b]\n",
            safe_yaml.CONFIG,
            "data/f.yml:3: the alias “*b” refers to a node that itself holds an alias (or this very one); expected "
            "aliases only to nodes without aliases, or the value written out [rule 20]",
        ),
        (
            "a: &a [1, *a]\n",
            safe_yaml.CONFIG,
            "data/f.yml:1: the alias “*a” refers to a node that itself holds an alias (or this very one); expected "
            "aliases only to nodes without aliases, or the value written out [rule 20]",
        ),
        (
            "a: " + "[" * 100_000,
            safe_yaml.DATA_FILE,
            "data/f.yml:1: the data file nests more than 32 levels deep on this line; expected fewer levels of "
            "indentation or brackets [rule 20]",
        ),
        (
            "a: " + "x" * 50_000_000 + "\n",
            safe_yaml.DATA_FILE,
            "data/f.yml:1: the data file is larger than its limit of 1 MB (crossed on this line); expected it "
            "shorter [rule 20]",
        ),
        (
            "a: 1\n" * 100_000,  # 500 KB: under the data file's limit
            safe_yaml.DATA_FILE,
            "data/f.yml:2: the key “a” is already given on line 1, and YAML would silently keep only this one; "
            "expected each key once: delete or merge one of them [rule 20]",
        ),
        (
            "a: [" + ", ".join(["1"] * 100_001) + "]\n",
            safe_yaml.DATA_FILE,
            "data/f.yml:1: the data file holds more than 100000 values (crossed on this line); expected fewer "
            "[rule 20]",
        ),
        (
            "".join("  " * depth + f"k{depth}:\n" for depth in range(40)),
            safe_yaml.CONFIG,
            "data/f.yml:33: the configuration nests more than 32 levels deep on this line; expected fewer levels of "
            "indentation or brackets [rule 20]",
        ),
    ],
    ids=[
        "laughs",
        "laughs-config",
        "alias-to-aliases",
        "alias-to-itself",
        "brackets",
        "50-mb",
        "key-100000-times",
        "values",
        "indentation",
    ],
)
def test_a_hostile_input_is_one_message_without_a_hang(text, kind, expected):
    assert messages([refused(text, kind)]) == [expected]


def test_the_limits_are_said_in_chinese_too():
    assert refused("a: " + "x" * 2_000_000).render("zh") == (
        "data/f.yml:1: 数据文件超过 1 MB 的大小上限（在这一行越过）；应当删减内容 [rule 20]"
    )
    assert refused(LAUGHS, safe_yaml.FRONT_MATTER, 2).render("zh") == (
        "data/f.yml:2: 这一行用了 YAML 的锚点或引用“&a”；页首信息中的每个值应当直接写出来，不用 &、* 或 << [rule 20]"
    )


# --- keys, tags, aliases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "key", "first"),
    [
        ("a:\n  b:\n    c: 1\n    c: 2\n", 4, "c", 3),  # at any depth
        ("- {zh: 家, zh: 个}\n", 1, "zh", 1),  # in a flow mapping
        ("1: a\n0x1: b\n", 2, "0x1", 1),  # the same key once read (1 and 0x1)
        ("yes: a\ntrue: b\n", 2, "true", 1),
    ],
)
def test_a_key_twice_is_refused_at_the_second_naming_the_first(text, line, key, first):
    found = refused(text)
    assert (found.line, found.key, dict(found.params)) == (
        line,
        "yaml_duplicate_key",
        {"key": key, "first": str(first)},
    )


def test_quoted_and_plain_keys_that_differ_once_read_are_two_keys():
    assert safe_yaml.load('1: a\n"1": b\n', safe_yaml.DATA_FILE, "f", "20").data == {1: "a", "1": "b"}


@pytest.mark.parametrize(
    "tag", ["!!python/object/apply:os.system", "!!python/name:os.system", "!!binary", "!ENV", "!!str", "!custom"]
)
def test_no_tag_at_all_in_a_data_file_or_front_matter(tag):
    found = refused(f"a: 1\nb: {tag} [x]\n")
    assert messages([found]) == [
        f"data/f.yml:2: the YAML tag {tag} on this line is not allowed: the data file holds plain values only; "
        f"expected the value without {tag} (in quotes if need be) [rule 20]"
    ]


def test_a_tag_hidden_behind_a_tag_directive_is_seen():
    text = "%TAG !e! tag:yaml.org,2002:python/object/apply:os.\n---\na: !e!system [ls]\n"
    assert refused(text, safe_yaml.CONFIG).key == "config_python_tag"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("site_url: !ENV [SITE_URL, 'https://example.org/']\n", None),
        ("slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n", None),
        ("emoji: !!python/name:material.extensions.emoji.to_svg\n", None),
        ("a: !!python/name:os.system\n", "config_python_tag"),
        ("a: !!python/object/new:pymdownx.slugs.slugify []\n", "config_python_tag"),
        ("a: !!python/name:pymdownx.slugs.__builtins__\n", "config_python_tag"),
        ("a: !!binary aGk=\n", "config_tag"),
        ("a: !include other.yml\n", "config_tag"),
    ],
)
def test_a_configuration_takes_only_the_tags_mkdocs_needs(text, key):
    found = safe_yaml.check(text, safe_yaml.CONFIG, "mkdocs.yml", "18")
    assert (found.key if found else None) == key


def test_a_refused_configuration_tag_is_said_in_both_languages():
    found = refused("a: 1\nb: !!binary aGk=\n", safe_yaml.CONFIG)
    assert found.render("zh") == (
        "data/f.yml:2: 这一行的 YAML 标记 !!binary 不是 MkDocs 需要的；配置文件中应当只用 `!ENV`、`!relative`，"
        "以及指向 `pymdownx`、`markdown`、`material` 中函数的 `!!python/name:` 和 `!!python/object/apply:` [rule 20]"
    )


def test_a_merge_key_is_an_alias_too_in_a_data_file():
    assert dict(refused("a:\n  <<: {b: 1}\n").params)["mark"] == "<<"


def test_a_few_plain_aliases_are_allowed_in_a_configuration():
    loaded = safe_yaml.load("a: &a {b: 1}\nc: *a\nd:\n  <<: *a\n  e: 2\n", safe_yaml.CONFIG, "f", "18")
    assert loaded.ok and loaded.data == {"a": {"b": 1}, "c": {"b": 1}, "d": {"b": 1, "e": 2}}


# --- YAML's errors, in the editor's words, through the loader ------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("a:\n\tb: 1\n", 2, "用了制表符（Tab）缩进，YAML 只认空格"),
        ("a: 1\nb\nc: 2\n", 2, "这一行缺少“键: 值”的冒号"),
        ("a: 'x\nb: 2\nc: 3\n", 1, "引号没有闭合"),
        ("a: [1, 2\nb: 3\n", 1, "方括号 [ ] 没有闭合"),
        ("a: {b: 1\nc: 2\n", 1, "花括号 { } 没有闭合"),
        ("a:\n  - 1\n - 2\n", 3, "缩进和上下行不一致"),
        ("a: b: c\n", 1, "冒号后缺少空格，或值里有冒号而没有加引号"),
        ("a: @x\n", 1, "这一行的值以 YAML 不允许的字符开头（如 @ 或 `），应当给值加引号"),
    ],
)
def test_a_yaml_mistake_keeps_its_words_through_the_c_parser(text, line, reason):
    found = refused(text)
    assert (found.line, found.message("zh")) == (
        line,
        f"不是合法的 YAML（{reason}）；应当是 `键: 值` 形式的行，缩进一致，冒号后有空格",
    )


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("\ufeffa: 1\n", {"a": 1}),
        ("a: 1\r\nb: 2\r\n", {"a": 1, "b": 2}),
        ("", None),
        ("# only a comment\n", None),
        ("a: '引号里的: 冒号'\nb: \"双引号\"\n", {"a": "引号里的: 冒号", "b": "双引号"}),
        ("a: |\n  第一行\n  第二行\nb: >-\n  折叠的\n  一段\n", {"a": "第一行\n第二行\n", "b": "折叠的 一段"}),
        ("date: 2019-01-01\n", {"date": __import__("datetime").date(2019, 1, 1)}),
    ],
    ids=["bom", "crlf", "empty", "comment", "quoted", "block", "date"],
)
def test_ordinary_yaml_reads_as_before(text, data):
    loaded = safe_yaml.load(text.lstrip("\ufeff").replace("\r\n", "\n"), safe_yaml.DATA_FILE, "f", "20")
    assert loaded.ok and loaded.data == data


# --- the files editors touch ---------------------------------------------------------------------


def page(tmp_path, real_site, front):
    path = tmp_path / "page.md"
    path.write_bytes(f"---\n{front}---\n\n# 结语 {{#closing}}\n\n正文。\n".encode())
    return timed(read_page, path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))


def test_a_front_matter_with_nested_aliases_is_one_message_and_the_page_unread(tmp_path, real_site):
    reading = page(tmp_path, real_site, LAUGHS)
    assert reading.unread
    assert [p.render("en").split(": ", 1)[1] for p in reading.problems] == [
        "this line uses the YAML anchor or alias “&a”; expected every value of the front matter written out, "
        "without &, * or << [rule 2]"
    ]


def test_a_python_tag_in_a_front_matter_is_one_message_about_the_tag(tmp_path, fresh_site):
    # the whole site's checks, one page replaced: nothing else follows from it
    edition = fresh_site.editions["zh"]
    text = (edition.docs_dir / "closing.md").read_text(encoding="utf-8")
    path = tmp_path / "closing.md"
    path.write_text(text.replace("---\n", "---\nhide: !!python/object/apply:os.system [ls]\n", 1), encoding="utf-8")
    renderer = Renderer.from_config(edition.config)
    edition.readings["closing.md"] = read_page(path, "closing.md", "zh", renderer, fresh_site.editorial)
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert messages(errors, "zh") == [
        f"{path}:2: 这一行的 YAML 标记 !!python/object/apply:os.system 不允许使用：页首信息只写普通的值；"
        "应当删去 !!python/object/apply:os.system，直接写值（需要时加引号） [rule 2]"
    ]


def test_a_key_twice_in_a_front_matter_is_refused(tmp_path, real_site):
    reading = page(tmp_path, real_site, "title: 结语\ndescription: 摘要\ntitle: 立足新起点\n")
    assert reading.unread
    assert [p.render("zh").split(": ", 1)[1] for p in reading.problems] == [
        "键“title”在第 2 行已经写过，YAML 只会保留后写的一个；每个键应当只写一次：删去或合并其中一个 [rule 2]"
    ]
    assert reading.problems[0].line == 4


def test_a_front_matter_too_deep_or_too_large_is_refused(tmp_path, real_site):
    deep = page(tmp_path, real_site, "hide: " + "[" * 40 + "toc" + "]" * 40 + "\n")
    assert [(p.line, p.key) for p in deep.problems] == [(2, "yaml_too_deep")]
    large = page(tmp_path, real_site, "description: 摘要\nnot_metrics: []\n" + "# 注释\n" * 10_000)
    assert [(p.key, dict(p.params)["limit"]) for p in large.problems] == [("yaml_too_large", "32 KB")]


@pytest.mark.parametrize(
    "front",
    ["\n", "description: '摘要：引号中的冒号'\nhide:\n  - toc\n", "description: >-\n  两行\n  摘要\n"],
    ids=["empty", "quoted", "block"],
)
def test_an_ordinary_front_matter_still_passes(tmp_path, real_site, front):
    reading = page(tmp_path, real_site, front)
    assert not reading.unread and reading.problems == []


def test_crlf_and_a_byte_order_mark_still_pass(tmp_path, real_site):
    path = tmp_path / "page.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\ndescription: \xe6\x91\x98\xe8\xa6\x81\r\n---\r\n\r\n# T {#t}\r\n")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert reading.problems == [] and reading.meta == {"description": "摘要"} and reading.meta_line("description") == 2


def test_a_key_twice_in_a_data_file_is_one_message(fresh_site, tmp_path):
    path = tmp_path / "key_figures.yml"
    text = (DATA / "key_figures.yml").read_text(encoding="utf-8")
    path.write_text(text + "home: [SH-03, SH-09, GD-03, HR-09, DF-01]\n", encoding="utf-8")
    fresh_site.use_data(key_figures=path)
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    first = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("home:"))
    last = len(text.splitlines()) + 1
    assert messages(errors) == [
        f"{path}:{last}: the key “home” is already given on line {first}, and YAML would silently keep only this "
        "one; expected each key once: delete or merge one of them [rule 20]"
    ]
    assert fresh_site.data.key_figures is None  # not used at all: nothing follows from it


def test_a_full_width_colon_in_a_data_file_has_its_own_message(fresh_site, tmp_path):
    path = tmp_path / "units.yml"
    text = (DATA / "units.yml").read_text(encoding="utf-8")
    path.write_text(text.replace('{zh: "轮", kind: count}', '{zh： "轮", kind: count}'), encoding="utf-8")
    fresh_site.use_data(units=path)
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "zh：" in row)
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert messages(errors, "zh") == [
        f"{path}:{line}: 这一行的键“zh”后面用了全角冒号“：”；应当写成 `zh: 值`，用半角冒号加空格 [rule 20]"
    ]
    assert messages(errors, "en") == [
        f"{path}:{line}: the key “zh” on this line is followed by the full-width colon “：”; expected `zh: value`, "
        "with an ASCII colon and a space [rule 20]"
    ]


def test_a_full_width_colon_inside_a_value_is_text(fresh_site, tmp_path):
    path = tmp_path / "glossary.yml"
    text = (DATA / "glossary.yml").read_text(encoding="utf-8")
    path.write_text(
        text.replace('explanation_zh: "群众团体的简称', 'explanation_zh: "简称：群众团体的简称'), encoding="utf-8"
    )
    fresh_site.use_data(glossary=path)
    assert fresh_site.data.files["glossary"].problems == []


def test_a_key_twice_deep_in_mkdocs_yml_is_refused_before_mkdocs_reads_it(tmp_path):
    config = tmp_path / "mkdocs.yml"
    text = CONFIG.read_text(encoding="utf-8")
    config.write_text(text.replace("    data_dir: data\n", "    data_dir: data\n    data_dir: dat\n"), encoding="utf-8")
    data, problems = raw_config(config)
    first = next(n for n, line in enumerate(text.splitlines(), 1) if "data_dir: data" in line)
    assert data is None and messages(problems) == [
        f"mkdocs.yml:{first + 1}: the key “data_dir” is already given on line {first}, and YAML would silently keep "
        "only this one; expected each key once: delete or merge one of them [rule 18]"
    ]


def test_the_file_a_configuration_inherits_is_checked_too(tmp_path):
    parent, child = tmp_path / "base.yml", tmp_path / "mkdocs.en.yml"
    parent.write_text("site_name: a\nextra: !!python/object/apply:os.system [ls]\n", encoding="utf-8")
    child.write_text("INHERIT: base.yml\nsite_name: b\n", encoding="utf-8")
    data, problems = raw_config(child)
    assert data is None and [(p.path, p.line, p.key) for p in problems] == [(str(parent), 2, "config_python_tag")]


def test_a_configuration_that_inherits_itself_is_one_message(tmp_path):
    first, second = tmp_path / "a.yml", tmp_path / "b.yml"
    first.write_text("site_name: a\nINHERIT: b.yml\n", encoding="utf-8")
    second.write_text("INHERIT: a.yml\n", encoding="utf-8")
    _, problems = raw_config(first)
    assert messages(problems, "zh") == [
        f"{second}:1: `INHERIT` 绕成了一个圈（{first} → {second} → {first}）；配置文件应当继承一个不再继承回来的文件 [rule 18]"
    ]


def test_check_site_answers_on_a_page_with_nested_aliases(repo):
    # run_script's timeout guards against a hang; how fast it answers is scripts/bench.py's to measure
    page = repo / "docs" / "zh" / "closing.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("---\n", "---\n" + LAUGHS, 1), encoding="utf-8")
    result = run_script(repo, "check_site.py", "--lang", "en")
    errors = [line for line in result.stdout.splitlines() if "[rule" in line and "warning:" not in line]
    assert errors == [
        "docs/zh/closing.md:2: this line uses the YAML anchor or alias “&a”; expected every value of the front "
        "matter written out, without &, * or << [rule 2]"
    ]
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_mkdocs_never_reads_a_refused_front_matter_and_reads_a_good_one_unchanged():
    from mkdocs.utils.meta import get_data

    from reportsite.reading import markdown_for_mkdocs

    refused_page = f"---\n{LAUGHS}---\n\n# 结语 {{#closing}}\n"
    given = timed(markdown_for_mkdocs, refused_page)
    assert given == "---\n{}\n---\n\n# 结语 {#closing}\n" and get_data(given) == ("# 结语 {#closing}\n", {})
    good = "---\ndescription: 摘要\n---\n\n# 结语 {#closing}\n"
    assert markdown_for_mkdocs(good) == good


def test_a_value_that_looks_like_a_date_but_is_none_is_a_message_not_a_traceback():
    found = refused("a: 1\nb:\n  - x\n  - 2019-13-45\n")
    assert found.render("en") == (
        "data/f.yml:4: not valid YAML (a value that looks like a date but is none (such as 2019-13-45); put it in "
        "quotes); expected `key: value` lines with consistent indentation and a space after each colon [rule 20]"
    )
