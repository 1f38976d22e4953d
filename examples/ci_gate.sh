#!/usr/bin/env bash
# Gate a translation in CI: fail the job on any high-severity drift, keep the JSON report.
#   examples/ci_gate.sh ORIGINAL_VERSION NEW_VERSION [REPORT.json]
set -u
report="${3:-vardiff-report.json}"
vardiff diff "$1" "$2" --format json --output "$report" --fail-on high \
    --glossary "$(dirname "$0")/glossary.txt"
status=$?
case $status in
  0) echo "vardiff: no high-severity drift ($report)" ;;
  1) echo "vardiff: high-severity drift, see $report" >&2 ;;
  *) echo "vardiff: could not compare (exit $status)" >&2 ;;
esac
exit $status
