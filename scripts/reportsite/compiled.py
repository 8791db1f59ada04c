"""The theme's templates compiled once a process, not once a build: a check
run builds each edition twice (the check, then the site), and the live
preview rebuilds on every save. Jinja's bytecode cache keeps the compiled
code in memory, under the template's name and the checksum of its source
(an edited template is compiled again); one cache per kind of environment,
as Jinja requires (compiled code depends on the environment's settings)."""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket


class _InMemory(BytecodeCache):
    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.kept.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # refused by the bucket if the source changed

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


_CACHES: dict[str, _InMemory] = {}


def keep_compiled(env: Environment) -> None:
    settings = (
        getattr(env.loader, "searchpath", None),
        sorted(env.extensions),
        env.autoescape,
        env.block_start_string,
        env.variable_start_string,
        env.comment_start_string,
        env.line_statement_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
    )
    env.bytecode_cache = _CACHES.setdefault(repr(settings), _InMemory())
