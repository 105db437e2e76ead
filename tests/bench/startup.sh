#!/bin/sh
# make bench: what linking the PDF renderer may not cost (issue 10).
# gangguan must not load pango or cairo (they are gangguan-pdf's), and
# `gangguan list` on 10,000 incidents is measured beside the sqlite3 shell
# running its query on the same file, alternately, as a ratio (a loaded
# machine slows both alike).  Exits non-zero when gangguan links a
# rendering library.  Results: tests/bench/results.md.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=$top/gangguan
cfg=$top/data/gangguan.ini
export GANGGUAN_DATADIR=$top/data
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gangguan-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
if ldd "$bin" | grep -Eq 'libpango|libcairo|libharfbuzz|libfontconfig'; then
	echo "FAIL: gangguan links a rendering library:"; ldd "$bin" | grep -E 'pango|cairo|harfbuzz|fontconfig'
	exit 1
fi
echo "ok: gangguan loads $(ldd "$bin" | wc -l) shared objects, no rendering library; gangguan-pdf $(ldd "$top/gangguan-pdf" | wc -l)"
db=$tmp/b.db
"$bin" -c "$cfg" -d "$db" init >/dev/null
sqlite3 "$db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 10000)
 INSERT INTO incident(state, summary, cause, impact, reporter, channel, started_at, restored_at, created_at)
 SELECT 'restored', 'gangguan uji ' || i, 'listrik', '', 'op', 'telepon', 1700000000 + i*3600,
 1700000000 + i*3600 + 1800, 1700000000 FROM n;"
python3 - "$bin" "$cfg" "$db" <<'PY'
import subprocess, sys, time, statistics
b, cfg, db = sys.argv[1:4]
def run(cmd):
    t = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True); return time.perf_counter() - t
g, q, v = [], [], []
for _ in range(15):
    g.append(run([b, '-c', cfg, '-d', db, 'list', '--format', 'tsv']))
    q.append(run(['sqlite3', '-readonly', db, 'SELECT * FROM incident ORDER BY started_at, id']))
    v.append(run([b, '--version']))
m = statistics.median
print("gangguan list (10,000): median %.1f ms (min %.1f, max %.1f)" % (m(g)*1e3, min(g)*1e3, max(g)*1e3))
print("sqlite3 shell, same rows: median %.1f ms; ratio %.2f" % (m(q)*1e3, m(g)/m(q)))
print("gangguan --version (start-up): median %.1f ms" % (m(v)*1e3))
PY
