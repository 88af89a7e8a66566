#!/usr/bin/env bash
# The okr tool as a user gets it: pack src/Okr.Cli into a local feed, install it with `dotnet tool install` into a
# temporary tool path, and run its commands on copies of the samples, checking exit codes and output.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"; tools="$work/tools"; data="$work/data"
mkdir -p "$feed" "$data"
cp "$repo"/samples/data/*.json "$data/"

dotnet pack "$repo/src/Okr.Cli/Okr.Cli.csproj" -c Release -o "$feed" --nologo -v quiet > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; echo "tool-smoke: pack failed"; exit 1; }
package=$(ls "$feed"/Okr.Cli.*.nupkg | head -1)
version=$(basename "$package" .nupkg); version=${version#Okr.Cli.}
dotnet tool install Okr.Cli --version "$version" --tool-path "$tools" --add-source "$feed" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; echo "tool-smoke: install failed"; exit 1; }
okr="$tools/okr"

fail() { echo "tool-smoke: $*"; exit 1; }
expect_exit() { # expected-exit command...
  local want=$1; shift
  set +e; "$@" > "$work/out" 2> "$work/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || { cat "$work/out" "$work/err"; fail "'$*' exited $got, expected $want"; }
}

expect_exit 0 "$okr" validate "$data"/*.json --strict
grep -q "6 files: 0 errors, 0 warnings." "$work/out" || fail "validate summary"

expect_exit 0 env NO_COLOR=1 "$okr" show "$data/techsolutions.json" --as-of 2026-02-15
grep -q "^O quality: Improve product quality .* 31%  exp  51%  behind" "$work/out" || fail "show: the quality line"
! grep -q $'\e' "$work/out" || fail "show: escape sequences under NO_COLOR"

expect_exit 0 "$okr" health "$data/techsolutions.json" --as-of 2026-02-15 --fail-on error
expect_exit 4 "$okr" health "$data/techsolutions.json" --as-of 2026-02-15 --fail-on warning

expect_exit 0 "$okr" checkin "$data/nonprofit-weekly.json" applications 300 --date 2026-03-07 --confidence medium
grep -q "Recorded applications = 300 on 2026-03-07" "$work/out" || fail "checkin: confirmation"
grep -q '"date": "2026-03-07"' "$data/nonprofit-weekly.json" || fail "checkin: the file has no new check-in"
expect_exit 3 "$okr" checkin "$data/nonprofit-weekly.json" applications 310 --date 2026-03-07
grep -q "OKR0403" "$work/err" || fail "checkin: a second check-in on a day is not refused with OKR0403"

expect_exit 0 "$okr" show "$data/techsolutions.json" --format json --as-of 2026-02-15
grep -q '"format": "okr-cli/1"' "$work/out" || fail "show --format json"

# The pictures, from the installed package (Okr.Core.Visuals travels with the tool).
expect_exit 0 "$okr" export "$data/techsolutions.json" --format svg --as-of 2026-02-15 -o "$work/map.svg"
grep -q 'data-id="quality"' "$work/map.svg" || fail "export svg: no quality card"
expect_exit 0 "$okr" export "$data/techsolutions.json" --format mermaid --as-of 2026-02-15
grep -q "^flowchart BT" "$work/out" || fail "export mermaid"
expect_exit 0 "$okr" export "$data/techsolutions.json" --format html --as-of 2026-02-15 -o "$work/report.html"
grep -q "<h2>Alignment map</h2>" "$work/report.html" || fail "export html"

# The importers and the CSV export, from the installed package (Okr.Core.Interop travels with the tool).
expect_exit 0 "$okr" import viva "$repo/samples/data/viva-goals-export" -o "$work/northwind.json" --report "$work/fidelity.txt"
grep -q "imported 4 objective(s), 9 key result(s), 16 check-in(s)" "$work/err" || fail "import viva: counts"
[ -s "$work/fidelity.txt" ] || fail "import viva: no fidelity report"
expect_exit 0 "$okr" validate "$work/northwind.json" --strict
expect_exit 0 "$okr" export "$data/hr-localization.json" --format csv -o "$work/hr.csv"
expect_exit 0 "$okr" import csv "$work/hr.csv" -o "$work/hr-again.json"
grep -q "imported 2 objective(s), 4 key result(s)" "$work/err" || fail "import csv: counts"
expect_exit 0 "$okr" export "$data/techsolutions.json" --format results --as-of 2026-02-15
grep -q '"code": "OKR0514"' "$work/out" || fail "export results: no health findings"

expect_exit 3 "$okr" show "$data/absent.json"
expect_exit 2 "$okr" show "$data/techsolutions.json" --as-of 2026-02-30
! grep -q "   at " "$work/err" || fail "a stack trace for bad input"

echo "tool-smoke: okr $version installed from its package; validate, show, health, checkin, export pictures, csv and results, import viva and csv, and bad input ok"
