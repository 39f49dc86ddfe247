# Sourced by gen.sh and test.sh: makes sure ../.venv exists and holds the
# pinned packages of each requirements file given, installing from PyPI
# only when a file changed since the last install.
#   ensure_venv requirements-gen.txt [requirements-test.txt ...]
ensure_venv() {
  local dir venv file stamp
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  venv="$dir/.venv"
  if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  fi
  for file in "$@"; do
    stamp="$venv/.installed-$(basename "$file")"
    if ! cmp -s "$dir/$file" "$stamp"; then
      "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$dir/$file"
      cp "$dir/$file" "$stamp"
    fi
  done
}
