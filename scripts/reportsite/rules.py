"""The contributor rules that the checks enforce.

Each rule has a number that never changes; the rule reference of the editors'
guide (guide/zh/rules.md, guide/en/rules.md, written by scripts/rule_reference.py
from guide/rules.yml) explains it under the anchor `rule-N`, and every problem
message ends with `[rule N]`.
"""

from __future__ import annotations

from typing import NamedTuple


class Rule(NamedTuple):
    number: str
    zh: str
    en: str


ENCODING = "1"
FRONT_MATTER = "2"
FIDELITY = "3"
TABLE_FORMAT = "4"
METRIC_CODE = "5"
METRIC_VALUE = "6"
METRIC_UNIT = "7"
METRIC_RANGE = "8"
METRIC_PROSE = "9"
METRIC_CONSISTENCY = "10"
PAGE_PARITY = "11"
HEADING_PARITY = "12"
METRIC_PARITY = "13"
NUMBER_PARITY = "14"
GLOSSARY = "15"
STABLE_URLS = "16"
FRESHNESS = "17"
BUILD = "18"
SAFE_HTML = "19"
DATA_FILES = "20"
EDITORIAL = "21"
ACCOUNTED = "22"

RULES = {
    rule.number: rule
    for rule in (
        Rule(ENCODING, "docs/ 中只有 UTF-8 编码的 Markdown 页面", "docs/ holds UTF-8 Markdown pages only"),
        Rule(FRONT_MATTER, "页首信息合法", "Front matter is valid"),
        Rule(
            FIDELITY,
            "中文逐字照录原文，别无他文，校改须标注",
            "Chinese text is the report word for word and nothing else; corrections are marked",
        ),
        Rule(TABLE_FORMAT, "指标表格式", "Metric table format"),
        Rule(METRIC_CODE, "指标编号唯一", "Metric codes are unique"),
        Rule(METRIC_VALUE, "数值按读者习惯书写", "Values are numbers as readers write them"),
        Rule(METRIC_UNIT, "单位取自单位词表", "Units come from the unit vocabulary"),
        Rule(METRIC_RANGE, "比率在 0–100 之间", "Rates lie between 0 and 100"),
        Rule(METRIC_PROSE, "指标与正文中的数字一一对应", "Each metric is bound to its figure in the text"),
        Rule(METRIC_CONSISTENCY, "指标之间的一致性规则", "Consistency rules between metrics"),
        Rule(PAGE_PARITY, "每页都有中英两版", "Every page exists in both languages"),
        Rule(HEADING_PARITY, "中英标题一一对应", "Headings match across languages"),
        Rule(METRIC_PARITY, "中英指标表一致", "Metric tables match across languages"),
        Rule(NUMBER_PARITY, "中英正文数字一致", "Numbers in the text match across languages"),
        Rule(
            GLOSSARY,
            "术语按术语表翻译，英文用弯引号",
            "Terms follow the glossary; English quotation marks and apostrophes are curly",
        ),
        Rule(STABLE_URLS, "已发布的网址保持有效", "Published URLs keep working"),
        Rule(FRESHNESS, "译文随中文更新", "Translations follow changes to the Chinese"),
        Rule(BUILD, "网站构建无警告", "The site builds without warnings"),
        Rule(
            SAFE_HTML,
            "页面和配置不含脚本、隐藏内容和外部资源",
            "Pages and configuration hold no script, hidden content or outside resources",
        ),
        Rule(DATA_FILES, "数据文件符合格式", "Data files follow their format"),
        Rule(
            EDITORIAL,
            "编者的文字标明为编者所加，两版对应",
            "Editorial text is marked as the editors', in both editions",
        ),
        Rule(
            ACCOUNTED,
            "读者看到的每个数字都有出处，读者拿到的就是检查过的",
            "Every figure readers see is accounted for, and what readers get is what was checked",
        ),
    )
}
