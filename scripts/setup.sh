#!/usr/bin/env bash
# Set up everything the site needs on a Debian machine; safe to run again.
#
#   bash scripts/setup.sh         to build: Python packages (requirements.txt)
#                                 in .venv, npm packages from package-lock.json,
#                                 pango and the CJK fonts for the PDFs and the
#                                 share images, and poppler-utils to read the
#                                 PDFs back
#   bash scripts/setup.sh --dev   also to test: requirements-dev.txt, Debian's
#                                 chromium for the browser tests, zbar-tools
#                                 to scan the PDFs' QR code, Java and the Nu
#                                 Html Checker (scripts/vnu/) to validate the HTML
#   bash scripts/setup.sh --bench also for scripts/bench.py: what --dev sets
#                                 up, and Lighthouse (scripts/lighthouse/)
set -euo pipefail
cd "$(dirname "$0")/.."

dev=false
bench=false
for arg in "$@"; do
  case "$arg" in
    --dev) dev=true ;;
    --bench) dev=true; bench=true ;;
    *) echo "usage: bash scripts/setup.sh [--dev | --bench]" >&2; exit 2 ;;
  esac
done

# Messages in the editor's language: English when the locale is English,
# Chinese otherwise (as every script of the site).
locale="${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}"
say() {  # say "中文" "English"
  if [[ $locale == en* ]]; then printf '\033[1m==> %s\033[0m\n' "$2"; else printf '\033[1m==> %s\033[0m\n' "$1"; fi
}

# Debian packages that are missing, installed in one go.
apt_packages=()
command -v python3 >/dev/null || apt_packages+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || apt_packages+=(python3-venv)
command -v npm >/dev/null || apt_packages+=(nodejs npm)
command -v git >/dev/null || apt_packages+=(git)
# The PDFs (WeasyPrint): pango, HarfBuzz's subsetter (the same font subsets
# on every machine) and the fonts they embed, which also draw the pages'
# share images (share_image.py), so even without --dev; poppler-utils to read back
# their text (the last check of a build, scripts/reportsite/delivered.py).
for package in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-cjk fonts-noto-core poppler-utils; do
  dpkg -s "$package" >/dev/null 2>&1 || apt_packages+=("$package")
done
if $dev; then
  [[ -x /usr/bin/chromium ]] || apt_packages+=(chromium)
  for package in zbar-tools; do  # to scan the PDFs' QR code
    dpkg -s "$package" >/dev/null 2>&1 || apt_packages+=("$package")
  done
  command -v java >/dev/null || apt_packages+=(default-jre-headless)  # runs the Nu Html Checker
fi
if ((${#apt_packages[@]})); then
  say "安装 Debian 软件包：${apt_packages[*]}" "Installing Debian packages: ${apt_packages[*]}"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
fi

# Python packages, reinstalled only when a requirements file changed.
requirements=requirements.txt
$dev && requirements=requirements-dev.txt
[[ -x .venv/bin/python ]] || { say "创建 .venv" "Creating .venv"; python3 -m venv .venv; }
stamp=".venv/.installed-$(cat requirements.txt "$requirements" pyproject.toml | sha256sum | cut -c1-16)-$requirements"
if [[ ! -f $stamp ]]; then
  say "安装 $requirements 中的 Python 软件包" "Installing Python packages from $requirements"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
  # The site's own package (scripts/reportsite), editable, so that MkDocs
  # finds its plugin `reportsite`; its dependencies are the pinned ones above.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  touch "$stamp"
fi

# npm packages (the iframe-worker shim for the offline bundle; axe-core for
# the accessibility tests), exactly as locked.
lock_stamp="node_modules/.installed-$(sha256sum package-lock.json | cut -c1-16)"
if [[ ! -f $lock_stamp ]]; then
  say "按 package-lock.json 安装 npm 软件包" "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$lock_stamp"
fi
# The Nu Html Checker for the tests, exactly as locked; without its
# postinstall, which would fetch a Java of its own (Debian's runs it).
if $dev; then
  vnu_stamp="scripts/vnu/node_modules/.installed-$(sha256sum scripts/vnu/package-lock.json | cut -c1-16)"
  if [[ ! -f $vnu_stamp ]]; then
    say "按 scripts/vnu/package-lock.json 安装 Nu Html Checker" "Installing the Nu Html Checker from scripts/vnu/package-lock.json"
    (cd scripts/vnu && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    touch "$vnu_stamp"
  fi
fi
# Lighthouse for the benchmark, exactly as locked.
if $bench; then
  lighthouse_stamp="scripts/lighthouse/node_modules/.installed-$(sha256sum scripts/lighthouse/package-lock.json | cut -c1-16)"
  if [[ ! -f $lighthouse_stamp ]]; then
    say "按 scripts/lighthouse/package-lock.json 安装 Lighthouse" "Installing Lighthouse from scripts/lighthouse/package-lock.json"
    (cd scripts/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
    touch "$lighthouse_stamp"
  fi
fi
say "安装完成。" "Set up."
