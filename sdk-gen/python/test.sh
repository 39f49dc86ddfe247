#!/usr/bin/env bash
# Runs the Python SDK's tests against the server at $ROUNDTABLE_URL (admin
# key $ROUNDTABLE_ADMIN_KEY): builds the package with pip from pyproject.toml
# into a wheel, installs it with its dependencies into .venv (from PyPI),
# type-checks the hand-written layer with mypy, and runs pytest on the
# installed package (not on src/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
: "${ROUNDTABLE_URL:?set ROUNDTABLE_URL, e.g. http://127.0.0.1:8080 (sdk-gen/test does)}"
: "${ROUNDTABLE_ADMIN_KEY:?set ROUNDTABLE_ADMIN_KEY (sdk-gen/test does)}"
. "$here/tools/venv.sh"
ensure_venv requirements-test.txt
python="$here/.venv/bin/python"
pip=("$python" -m pip --quiet --disable-pip-version-check)

rm -rf build/wheel
"${pip[@]}" wheel --no-deps --wheel-dir build/wheel .
wheel="$(ls build/wheel/roundtable_sdk-*.whl)"
"${pip[@]}" install "$wheel"
"${pip[@]}" install --force-reinstall --no-deps "$wheel"
echo "installed $(basename "$wheel") at $("$python" -c 'import roundtable_sdk, os; print(os.path.dirname(roundtable_sdk.__file__))')"

"$python" -m mypy
"$python" -m pytest -p no:cacheprovider --import-mode=importlib -v tests
