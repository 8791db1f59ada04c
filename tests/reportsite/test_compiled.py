"""Templates compiled once a process (scripts/reportsite/compiled.py): a
second build uses the compiled code, and an edited template is compiled again."""

from jinja2 import Environment, FileSystemLoader

from reportsite.compiled import keep_compiled


def render(folder):
    env = Environment(loader=FileSystemLoader(str(folder)))  # a new environment each build, as MkDocs makes it
    keep_compiled(env)
    return env.get_template("page.html").render(title="T"), env.bytecode_cache


def test_a_second_build_reuses_the_compiled_template_and_an_edit_is_compiled_again(tmp_path):
    template = tmp_path / "page.html"
    template.write_text("<h1>{{ title }}</h1>")
    first, kept = render(tmp_path)
    second, kept_again = render(tmp_path)
    assert first == second == "<h1>T</h1>" and kept is kept_again and len(kept.kept) == 1
    template.write_text("<h2>{{ title }}</h2>")
    assert render(tmp_path)[0] == "<h2>T</h2>"


def test_environments_that_compile_differently_do_not_share_compiled_code(tmp_path):
    (tmp_path / "page.html").write_text("{{ title }}")
    plain, escaping = (
        Environment(loader=FileSystemLoader(str(tmp_path))),
        Environment(loader=FileSystemLoader(str(tmp_path)), autoescape=True),
    )
    keep_compiled(plain)
    keep_compiled(escaping)
    assert plain.bytecode_cache is not escaping.bytecode_cache
    assert escaping.get_template("page.html").render(title="<b>") == "&lt;b&gt;"
