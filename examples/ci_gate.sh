#!/usr/bin/env bash
# Gate a translation in CI: fail the job on any high-severity drift, keep the JSON report.
#   examples/ci_gate.sh ORIGINAL_VERSION NEW_VERSION [REPORT.json]
# Exit status: 0 no high-severity drift, 1 drift, 2 a usage error or a comparison that failed.
# Without REPORT.json the report goes to a new temporary folder (its path is printed), never
# into the working directory, where it could be committed or overwrite a file.
set -u
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 ORIGINAL_VERSION NEW_VERSION [REPORT.json]" >&2
  exit 2
fi
if [ $# -eq 3 ]; then
  report=$3
else
  report="$(mktemp -d "${TMPDIR:-/tmp}/vardiff.XXXXXX")/report.json" || exit 2
fi
vardiff diff "$1" "$2" --format json --output "$report" --fail-on high \
    --glossary "$(dirname "$0")/glossary.txt"
status=$?
# Exit 1 is drift only with the report written: a Python that cannot start vardiff (not
# installed, a broken environment) exits 1 too, and that must not pass for a verdict.
if [ $status -eq 1 ] && [ ! -s "$report" ]; then
  echo "vardiff: could not compare (exit 1 and no report written)" >&2
  exit 2
fi
case $status in
  0) echo "vardiff: no high-severity drift ($report)" ;;
  1) echo "vardiff: high-severity drift, see $report" >&2 ;;
  *) echo "vardiff: could not compare (exit $status)" >&2; status=2 ;;
esac
exit $status
